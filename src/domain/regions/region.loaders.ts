import { createByIdLoader, createChildrenLoader, LoaderSettings } from '../shared/loaders';
import { Region } from './region.entity';

export function createRegionLoaders(settings: LoaderSettings) {
  return {
    region: createByIdLoader(settings, Region, 'code'),
    regionChildren: createChildrenLoader(settings, Region, 'parent', { code: 'asc' }),
  };
}
