import { createByIdLoader, LoaderSettings } from '../shared/loaders';
import { Organization } from './organization.entity';

export function createOrganizationLoaders(settings: LoaderSettings) {
  return {
    organization: createByIdLoader(settings, Organization, 'id', (o) => settings.access.visible('Organization', o)),
  };
}
