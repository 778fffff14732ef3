import { useState } from 'react'
import { REFERENCE_LISTS, REFERENCE_LIST_LABELS, type ReferenceItem, type ReferenceList } from '../../../../shared/master'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useLoad } from '../../useLoad'
import { ReferenceItemRow } from './ReferenceItemRow'
import { SubTabs, subPanelId, subTabId } from './SubTabs'

const TABS = REFERENCE_LISTS.map((list) => ({ id: list, label: REFERENCE_LIST_LABELS[list] }))
const ID_PREFIX = 'rujukan'

function AddReferenceItemForm({ list, onCreated }: { list: ReferenceList; onCreated: (item: ReferenceItem) => void }) {
  const notice = useNotice()
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const label = REFERENCE_LIST_LABELS[list].toLowerCase()

  const submit = async () => {
    try {
      const created = await call('createReferenceItem', { list, code, name })
      onCreated(created)
      setCode('')
      setName('')
      notice.showInfo(`"${created.name}" ditambahkan ke daftar ${label}.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <form
      className="inline-form"
      aria-label={`Tambah ${label}`}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <label>
        <span>Kode</span>
        <input className="short" value={code} onChange={(event) => setCode(event.target.value)} />
      </label>
      <label className="grow">
        <span>Nama</span>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit">Tambah</button>
    </form>
  )
}

/** One reference list; mounted per list (keyed), so its loader is fixed for its lifetime. */
function ReferenceListTable({ list }: { list: ReferenceList }) {
  const [load] = useState(() => () => call('listReferenceItems', { list }))
  const items = useLoad(load)
  if (items.error) return <p role="alert">{items.error}</p>
  if (!items.data) return <p aria-busy="true">Memuat daftar…</p>
  const all = items.data
  const replace = (saved: ReferenceItem) => items.setData(all.map((item) => (item.id === saved.id ? saved : item)))
  const inactive = all.filter((item) => !item.active).length

  return (
    <>
      <p className="muted">
        {all.length} isian{inactive > 0 ? `, ${inactive} tidak aktif` : ''}. Isian yang tidak aktif tidak ditawarkan lagi, tetapi tetap tercatat pada data yang
        sudah memakainya.
      </p>
      <table className="master-table ref-table">
        <thead>
          <tr>
            <th scope="col">Kode</th>
            <th scope="col">Nama</th>
            <th scope="col">Aktif</th>
            <th scope="col">
              <span className="visually-hidden">Tindakan</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {all.map((item) => (
            <ReferenceItemRow key={item.id} item={item} onSaved={replace} />
          ))}
        </tbody>
      </table>
      <AddReferenceItemForm list={list} onCreated={(created) => items.setData([...all, created])} />
    </>
  )
}

/** The editable reference lists: sumber dana, prioritas nasional and daerah, tag tematik. */
export function ReferenceListsPanel() {
  const [list, setList] = useState<ReferenceList>(REFERENCE_LISTS[0])
  return (
    <section className="ref-panel" aria-labelledby="rujukan-title">
      <h2 id="rujukan-title">Daftar Rujukan</h2>
      <SubTabs<ReferenceList> tabs={TABS} value={list} onChange={setList} label="Daftar rujukan" idPrefix={ID_PREFIX} />
      <div role="tabpanel" id={subPanelId(ID_PREFIX)} aria-labelledby={subTabId(ID_PREFIX, list)} className="sub-panel">
        <ReferenceListTable key={list} list={list} />
      </div>
    </section>
  )
}
