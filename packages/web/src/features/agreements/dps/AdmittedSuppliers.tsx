import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn, type ListSource } from '../../../components/DataTable';
import type { PageState } from '../../../lib/paging';
import type { AdmittedSort } from './api';
import type { Admission } from './types';

/** Admitted suppliers, one row per supplier and category (names only), a page at a time. */
export function AdmittedSuppliers({
  list,
  page,
}: {
  list: ListSource<Admission>;
  page: PageState<AdmittedSort>;
}) {
  const { t } = useTranslation();
  const columns: DataColumn<Admission, AdmittedSort>[] = [
    {
      key: 'category',
      title: t('dps.admitted.category'),
      sort: 'category',
      render: (a) => a.category.name,
    },
    {
      key: 'supplier',
      title: t('dps.admitted.supplier'),
      sort: 'supplier',
      rowHeader: true,
      render: (a) => a.supplier.name,
    },
  ];
  return (
    <DataTable
      caption={t('dps.admitted.caption')}
      columns={columns}
      list={list}
      state={page}
      rowKey={(a) => `${a.category.id}:${a.supplier.id}`}
      empty={t('dps.admitted.none')}
      minWidth={480}
    />
  );
}
