// The rules live in src/shared (Beranda counts them on the server too).
export * from '../../../../shared/planWarnings'
