import { AccessRole, ClientKind, Department } from './access.enums';

/** Per-client limits, after the hub defaults filled what the client row leaves empty. */
export interface ClientLimits {
  rateLimitPerMinute: number;
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
}

/** Who is asking: the authenticated client, what its token grants, and the member acting through it. */
export interface Principal {
  clientId: string;
  clientName: string;
  kind: ClientKind;
  department: Department;
  roles: AccessRole[];
  /** 12-digit division code of the region subtree; absent for the whole hub. */
  regionCode?: string;
  /** A grid worker's grid and its micro-grids. */
  gridIds?: string[];
  /** The member acting through an app (the token's, or the development header outside production). */
  memberId?: string;
  limits: ClientLimits;
}
