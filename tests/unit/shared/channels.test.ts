import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, isReadChannel } from '../../../src/shared/channels'

describe('isReadChannel (a screen kept while hidden loads again after any other call)', () => {
  it('names exactly the channels that change data as writes', () => {
    // Listed by hand: a new channel must be placed on purpose (a reader named like a writer
    // only costs a reload; a writer named like a reader would leave a hidden screen stale).
    expect(CHANNEL_NAMES.filter((name) => !isReadChannel(name))).toEqual([
      'attachSasaranToTujuan',
      'createIndikator',
      'updateIndikator',
      'deleteIndikator',
      'createPerangkatDaerah',
      'updatePerangkatDaerah',
      'createPlanRow',
      'updatePlanRow',
      'deletePlanRow',
      'applyCellEdits',
      'createPlanRows',
      'undo',
      'redo',
      'linkSasaran',
      'unlinkSasaran',
      'startNomenklaturImport',
      'confirmNomenklaturImport',
      'cancelNomenklaturImport',
      'applyVersionSwitch',
      'undoChangeBatch',
      'createReferenceItem',
      'updateReferenceItem',
      'updateKop',
      'setKopLogo',
      'createSignatory',
      'updateSignatory',
      'deleteSignatory',
      'updatePrintDefaults'
    ])
  })
})
