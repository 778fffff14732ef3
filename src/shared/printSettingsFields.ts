// Lengths of the print settings' text fields: the schemas refuse past them, the Cetak panel says so under the field.
export const KOP_LIMITS = { government: 120, agency: 200, address: 300, contact: 200 } as const
export const SIGNATORY_LIMITS = { name: 120, title: 200, pangkat: 120 } as const
