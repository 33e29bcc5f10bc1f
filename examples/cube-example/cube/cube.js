// floe-cube's row-level security on a real Cube: Cube verifies the JWT (signature and expiry) with
// CUBEJS_API_SECRET; queryRewrite then filters every query to the organization the token names, and
// refuses a token without that claim. The claim is floe's default filter column, organization_id.
const { CubejsHandlerError } = require('@cubejs-backend/api-gateway');

const FILTER_COLUMN = 'organization_id';

module.exports = {
  queryRewrite: (query, { securityContext }) => {
    const organization = securityContext && securityContext[FILTER_COLUMN];
    if (organization === undefined || organization === null || organization === '') {
      throw new CubejsHandlerError(403, 'Forbidden', `No ${FILTER_COLUMN} in the security context`);
    }
    const cubes = new Set([...(query.measures || []), ...(query.dimensions || [])].map((m) => m.split('.')[0]));
    query.filters = (query.filters || []).concat([...cubes].map((cube) => ({
      member: `${cube}.${FILTER_COLUMN}`, operator: 'equals', values: [String(organization)],
    })));
    return query;
  },
};
