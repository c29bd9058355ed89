import { DemoHouse } from './demo.types';
import { Random } from './random';
import { VillageSite } from './registry';
import { flatten } from './strings';

const pad7 = (value: number): string => String(value).padStart(7, '0');
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Where a house sits inside its village: lanes of 40 houses in villages, flats in communities. */
function houseNumber(village: VillageSite, i: number): string {
  if (!village.community) return `${Math.floor(i / 40) + 1}组${(i % 40) + 1}号`;
  const building = Math.floor(i / 24) + 1;
  const unit = Math.floor((i % 24) / 12) + 1;
  const room = (Math.floor((i % 12) / 2) + 1) * 100 + (i % 2) + 1;
  return `${building}号楼${unit}单元${room}`;
}

/**
 * Adds the houses of one village in order, each to a (micro-)grid of that village: houses are
 * spread over the grids in runs, as a grid covers neighbouring lanes, and within a grid that has
 * micro-grids they take turns between them.
 */
export class VillageHouses {
  private count = 0;

  constructor(
    private readonly random: Random,
    private readonly houses: DemoHouse[],
    private readonly village: VillageSite,
    /** About how many houses the village will get, to spread them evenly over its grids. */
    private readonly expected: number,
  ) {}

  /** Creates the next house of the village and returns its index in the county's houses. */
  add(use: DemoHouse['use']): number {
    const { village, random } = this;
    const i = this.count++;
    const grids = village.gridSlots;
    const slots = grids[Math.min(grids.length - 1, Math.floor((i * grids.length) / this.expected))];
    const index = this.houses.length;
    this.houses.push({
      key: `H${pad7(index + 1)}`,
      address: flatten(village.townName + village.name + houseNumber(village, i)),
      regionCode: village.code,
      gridCode: slots[i % slots.length],
      use,
      lat: round6(village.lat + (random.float() - 0.5) * 0.008),
      lng: round6(village.lng + (random.float() - 0.5) * 0.01),
    });
    return index;
  }
}
