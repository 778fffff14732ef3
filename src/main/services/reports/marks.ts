// Footnote marks shown after a name; each report's footnotes say what they mean there.

/** Repeats: a program printed again under another sasaran or misi, or a misi/PD holding pagu counted under several misi. */
export const REPEAT_MARK = '*'
/** Only part of a program's pagu: the kegiatan or sub kegiatan that serve the sasaran (or none). */
export const PART_MARK = '†'
