-- Indexes for the home page's work lists, found slow by the national route sweep
-- (bench/route-sweep.mjs, issue 15 item 5).
--
-- The quality officer's and procurement officer's lists read the suppliers the organisation
-- works with (its lot suppliers and DPS applicants) and then their permits or documents. Lot
-- suppliers and DPS applications had no index on the organisation (each home page read all 23 200
-- lot suppliers and 14 000 applications), and permits none on the supplier, so the permit
-- problems of the national body's 300 suppliers hashed every permit and establishment of the
-- market (~100 ms). The supplier id is in the index so the list of suppliers is read from the
-- index alone; the status serves the hidden suppliers and the pending applications.
CREATE INDEX lot_suppliers_organisation ON lot_suppliers (organisation_id, status, supplier_id);
CREATE INDEX dps_applications_organisation ON dps_applications (organisation_id, status, supplier_id);
CREATE INDEX permits_supplier ON permits (supplier_id);

-- The buyer's home page asks for the municipality's call-offs in one state at a time (deadline
-- passed, in evaluation, awarded) and its active orders ending soon: each read all of the
-- municipality's ~2 600 call-offs or orders and kept the few in that state (5-12 ms each, six at
-- once). By state, and the active orders by end date, they read only their own rows (~0.1 ms).
CREATE INDEX calloffs_organisation_status ON calloffs (organisation_id, status);
CREATE INDEX orders_active_ending ON orders (organisation_id, end_date)
  WHERE status = 'active' AND end_date IS NOT NULL;
