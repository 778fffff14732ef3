import { useState } from 'react'
import { errorMessage } from '../../../api/client'
import { useNotice } from '../../../components/Notice'

/**
 * One save of a print-settings form: `saving` while it runs, the server's refusal kept beside the
 * form's button, the success said in the notice line.
 */
export function useSettingsSave() {
  const notice = useNotice()
  const [refusal, setRefusal] = useState<string>()
  const [saving, setSaving] = useState(false)
  const save = async (write: () => Promise<void>, done: string) => {
    setSaving(true)
    setRefusal(undefined)
    try {
      await write()
      notice.showInfo(done)
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }
  return { saving, refusal, setRefusal, save }
}
