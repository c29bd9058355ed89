import { RegistryDocument } from './demo.types';
import { Random } from './random';
import { COUNTY, PLACE_PARTS, TOWNS } from './regions.data';

/** A village or community with what the population generator needs beyond the registry. */
export interface VillageSite {
  code: string;
  /** `东关村`, `西关社区` */
  name: string;
  townName: string;
  /** Communities (社区) of the street have flats and more people than villages. */
  community: boolean;
  lat: number;
  lng: number;
  /** Relative population. */
  weight: number;
  /** For each grid, the codes a house may be placed in: the grid itself, or its micro-grids. */
  gridSlots: string[][];
}

/** The registry with the village sites the people are spread over. */
export interface CountyLayout {
  registry: RegistryDocument;
  villages: VillageSite[];
}

// The map does not depend on the seed: every seed describes the same county, only its people
// differ, so a benchmark at one seed and a demo at another show the same villages and grids.
const LAYOUT_SEED = 371326;
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function villageStem(random: Random): string {
  const { directions, landforms, clans, clanForms, names } = PLACE_PARTS;
  const form = random.float();
  if (form < 0.35) return random.pick(directions) + random.pick(landforms);
  if (form < 0.75) return random.pick(clans) + random.pick(clanForms);
  return random.pick(names);
}

/** Adds `grids` grids to a village, a fifth of them split into 1–3 micro-grids. */
function addGrids(random: Random, registry: RegistryDocument, village: VillageSite, grids: number): void {
  for (let g = 1; g <= grids; g++) {
    const code = village.code + pad(g, 3);
    const name = `${village.name}第${g}网格`;
    registry.grids.push({ code, name, villageCode: village.code, parentCode: null });
    const micro = random.chance(0.2) ? random.between(1, 3) : 0;
    const slots: string[] = micro === 0 ? [code] : [];
    for (let m = 1; m <= micro; m++) {
      const microCode = code + pad(m, 2);
      registry.grids.push({
        code: microCode,
        name: `${name}第${m}微网格`,
        villageCode: village.code,
        parentCode: code,
      });
      slots.push(microCode);
    }
    village.gridSlots.push(slots);
  }
}

/** Builds the county's regions (1 county, 14 towns, ~480 villages) and ~800 grids with micro-grids. */
export function buildCountyLayout(): CountyLayout {
  const random = new Random(LAYOUT_SEED);
  const registry: RegistryDocument = {
    regions: [{ code: COUNTY.code, name: COUNTY.name, level: 'COUNTY', parentCode: null }],
    grids: [],
  };
  const villages: VillageSite[] = [];
  TOWNS.forEach((townName, t) => {
    const townCode = `371326${pad(t + 1, 3)}000`;
    registry.regions.push({
      code: townCode,
      name: townName,
      level: 'TOWN',
      parentCode: COUNTY.code,
    });
    const community = townName.endsWith('街道');
    const townLat = 35.5 + (random.float() - 0.5) * 0.36;
    const townLng = 117.6 + (random.float() - 0.5) * 0.5;
    const count = community ? random.between(18, 24) : random.between(26, 42);
    const used = new Set<string>();
    while (used.size < count) {
      const stem = villageStem(random);
      if (used.has(stem)) continue;
      used.add(stem);
      const village: VillageSite = {
        code: townCode.slice(0, 9) + pad(used.size, 3),
        name: stem + (community ? '社区' : '村'),
        townName,
        community,
        lat: Math.round((townLat + (random.float() - 0.5) * 0.1) * 1e6) / 1e6,
        lng: Math.round((townLng + (random.float() - 0.5) * 0.1) * 1e6) / 1e6,
        weight: (community ? 3 : 1) * (0.5 + random.float() * 1.5),
        gridSlots: [],
      };
      registry.regions.push({
        code: village.code,
        name: village.name,
        level: 'VILLAGE',
        parentCode: townCode,
      });
      const roll = random.float();
      const grids = community ? random.between(3, 5) : roll < 0.5 ? 1 : roll < 0.85 ? 2 : 3;
      addGrids(random, registry, village, grids);
      villages.push(village);
    }
  });
  return { registry, villages };
}
