// The entry most of the web imports: the API client of web/src/api/, one module per feature, under one name.
export { ApiError, setUnauthorizedHandler, type FieldError, type LngLat } from './api/client.ts';
export * from './api/admin.ts';
export * from './api/agendas.ts';
export * from './api/areas.ts';
export * from './api/assets.ts';
export * from './api/auth.ts';
export * from './api/connector.ts';
export * from './api/follows.ts';
export * from './api/introductions.ts';
export * from './api/kompas.ts';
export * from './api/me.ts';
export * from './api/observations.ts';
export * from './api/organisations.ts';
export * from './api/suggestions.ts';
export * from './api/surveys.ts';
