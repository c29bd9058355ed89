import { DemoHouse, DemoPerson, DemoResidence } from './demo.types';
import { addTenantGroup, addVacantHouse, addWorkers, pickTenantGroupSize } from './floating';
import { addNativeHousehold, pickHouseholdSize } from './households';
import { VillageHouses } from './houses';
import { PersonFactory } from './people';
import { Random } from './random';
import { VillageSite } from './registry';
import { VillageContext } from './village-context';

/** The people, houses and residences of the county, with each village's slice of them. */
export interface Population {
  people: DemoPerson[];
  houses: DemoHouse[];
  residences: DemoResidence[];
  /** People of village v are `people[villagePeople[v] .. villagePeople[v + 1])`. */
  villagePeople: Int32Array;
  /** Houses of village v are `houses[villageHouses[v] .. villageHouses[v + 1])`. */
  villageHouses: Int32Array;
  /** The village index of each person. */
  personVillage: Uint16Array;
}

/** Splits `total` people over the villages by weight, exactly, as cumulative offsets. */
function allocate(villages: VillageSite[], total: number): Int32Array {
  const weightSum = villages.reduce((sum, village) => sum + village.weight, 0);
  const offsets = new Int32Array(villages.length + 1);
  let cumulative = 0;
  villages.forEach((village, v) => {
    cumulative += village.weight;
    offsets[v + 1] = v === villages.length - 1 ? total : Math.round((total * cumulative) / weightSum);
  });
  return offsets;
}

function fillVillage(context: VillageContext, size: number): void {
  const { random } = context;
  // Communities of the county seat draw more migrants than villages do.
  const floating = Math.floor(size * (context.village.community ? 0.17 : 0.1));
  let natives = size - floating;
  let households = 0;
  while (natives > 0) {
    const members = Math.min(natives, pickHouseholdSize(random));
    addNativeHousehold(context, members);
    natives -= members;
    households += 1;
  }
  let remaining = floating;
  while (remaining > 0) {
    const tenants = random.chance(0.8);
    const members = Math.min(remaining, tenants ? pickTenantGroupSize(random) : random.between(1, 3));
    if (tenants) addTenantGroup(context, members);
    else addWorkers(context, members);
    remaining -= members;
  }
  for (let i = Math.round(households * 0.07); i > 0; i--) addVacantHouse(context);
}

/**
 * Fills the villages with `total` people, village by village so each village's people and houses
 * are contiguous: about 90% native households in self-occupied houses, about 8% tenants in
 * rented houses (with their landlords), the rest floating workers in business houses.
 */
export function generatePopulation(random: Random, villages: VillageSite[], total: number): Population {
  const factory = new PersonFactory(random.fork(11));
  const houses: DemoHouse[] = [];
  const residences: DemoResidence[] = [];
  const villagePeople = allocate(villages, total);
  const villageHouses = new Int32Array(villages.length + 1);
  const personVillage = new Uint16Array(total);
  const fillRandom = random.fork(12);
  villages.forEach((village, v) => {
    const size = villagePeople[v + 1] - villagePeople[v];
    const expected = Math.ceil(size / 2.55) + 1;
    const villageHousesBuilder = new VillageHouses(fillRandom, houses, village, expected);
    const context = {
      random: fillRandom,
      village,
      factory,
      houses,
      villageHouses: villageHousesBuilder,
      residences,
      heads: [],
    };
    fillVillage(context, size);
    personVillage.fill(v, villagePeople[v], villagePeople[v + 1]);
    villageHouses[v + 1] = houses.length;
  });
  return {
    people: factory.people,
    houses,
    residences,
    villagePeople,
    villageHouses,
    personVillage,
  };
}
