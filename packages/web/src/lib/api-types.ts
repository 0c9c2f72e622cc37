// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers and the database with it */
        get: operations["organisations.health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and has every migration applied (503 otherwise) */
        get: operations["organisations.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["organisations.signIn"];
        /** Sign out */
        delete: operations["organisations.signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, memberships, roles and permissions */
        get: operations["organisations.readMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Remember the user interface language */
        put: operations["organisations.changeLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Switch the active organisation */
        put: operations["organisations.switchOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The name of the identity provider that signs in an email domain, if any */
        get: operations["organisations.findIdentityProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Go to the email domain's identity provider to sign in */
        get: operations["organisations.startIdentityProviderSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity provider's answer: signs in and goes to the home page */
        get: operations["organisations.finishIdentityProviderSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's OpenID Connect provider for sign-in (never its secret) */
        get: operations["organisations.readIdentityProvider"];
        /** Set the organisation's OpenID Connect provider and the email domains it signs in */
        put: operations["organisations.saveIdentityProvider"];
        post?: never;
        /** Stop sign-in through the organisation’s identity provider */
        delete: operations["organisations.removeIdentityProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation, and for a procurement body its member municipalities */
        get: operations["organisations.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/assignable-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles this kind of organisation can hand out */
        get: operations["organisations.listAssignableRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the members and their roles */
        get: operations["organisations.listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a member's roles */
        put: operations["organisations.changeMemberRoles"];
        post?: never;
        /** Remove a member */
        delete: operations["organisations.removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members and their roles as on the list (same sort), CSV or XLSX */
        get: operations["organisations.exportMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/invitations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invitations as on the list (same filter and sort), CSV or XLSX */
        get: operations["organisations.exportInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the invitations, open and past (or only the open ones) */
        get: operations["organisations.listInvitations"];
        put?: never;
        /** Invite a person by email (the link is sent through the outbox) */
        post: operations["organisations.invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an open invitation */
        delete: operations["organisations.revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers */
        get: operations["organisations.readInvitationLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: creates the account if needed and signs in */
        post: operations["organisations.acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the organisation's audit trail, newest first unless sorted otherwise */
        get: operations["organisations.listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's audit trail as on the list (same sort), CSV or XLSX */
        get: operations["organisations.exportAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the organisation's hash chain and report the first tampered or missing record */
        get: operations["organisations.verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages the organisation has sent (or kept, when no SMTP server is configured) */
        get: operations["organisations.listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/messages/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s sent messages as on the list (same sort), CSV or XLSX */
        get: operations["organisations.exportMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Swedish and Danish municipalities with official codes, region and seat coordinates */
        get: operations["organisations.listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the organisations on the platform, of a kind or matching a search */
        get: operations["organisations.listAll"];
        put?: never;
        /** Register an organisation and invite its first administrator */
        post: operations["organisations.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/organisations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisations on the platform as on the register (same filter and sort), CSV or XLSX */
        get: operations["organisations.exportAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What awaits the caller in this organisation, by role */
        get: operations["organisations.readWorklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s own notifications in the organisation, newest first */
        get: operations["organisations.listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/notifications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s own notifications as in the inbox (same filter and sort), CSV or XLSX */
        get: operations["organisations.exportNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller’s notifications in the organisation are unread */
        get: operations["organisations.countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller’s notifications read (as opening it does) */
        post: operations["organisations.markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all of the caller’s notifications in the organisation read */
        post: operations["organisations.markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own needs, call-offs, tenders, orders, agreements, DPSs and suppliers by name or reference */
        get: operations["organisations.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's own profile */
        get: operations["suppliers.readProfile"];
        /** Save the supplier's profile (version: the one read; 0 before the first save) */
        put: operations["suppliers.saveProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts: people and shared function mailboxes */
        get: operations["suppliers.listContacts"];
        put?: never;
        /** Add a contact */
        post: operations["suppliers.addContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a contact */
        put: operations["suppliers.changeContact"];
        post?: never;
        /** Remove a contact */
        delete: operations["suppliers.removeContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/establishments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the supplier's establishments, the open ones first */
        get: operations["suppliers.listEstablishments"];
        put?: never;
        /** Add an establishment (its position is the municipal seat) */
        post: operations["suppliers.addEstablishment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/establishments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's establishments as on the list (same sort), as CSV or XLSX */
        get: operations["suppliers.exportEstablishments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/establishments/{establishmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One establishment */
        get: operations["suppliers.readEstablishment"];
        /** Change an establishment */
        put: operations["suppliers.changeEstablishment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/establishments/{establishmentId}/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Report free places now (and the total, if it changed) */
        put: operations["suppliers.updatePlaces"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/establishments/{establishmentId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an establishment: it leaves the catalogue, kept to be reopened */
        post: operations["suppliers.closeEstablishment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/establishments/{establishmentId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed establishment */
        post: operations["suppliers.reopenEstablishment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/consultants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the supplier's consultants (personal data: only the supplier sees them) */
        get: operations["suppliers.listConsultants"];
        put?: never;
        /** Add a consultant */
        post: operations["suppliers.addConsultant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/consultants/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's consultants as on the list (same sort; only the supplier), CSV or XLSX */
        get: operations["suppliers.exportConsultants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/consultants/{consultantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a consultant */
        put: operations["suppliers.changeConsultant"];
        post?: never;
        /** Remove a consultant */
        delete: operations["suppliers.removeConsultant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier registry by name, filtered by name or number, country, service */
        get: operations["suppliers.list"];
        put?: never;
        /** Register a supplier and invite its first administrator */
        post: operations["suppliers.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier registry as on the list (same filters and sort), as CSV or XLSX */
        get: operations["suppliers.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier: profile, contacts, establishments and how many consultants */
        get: operations["suppliers.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The permits of the caller's own establishments */
        get: operations["suppliers.listCompanyPermits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier's permits and establishments */
        get: operations["suppliers.listSupplierPermits"];
        put?: never;
        /** Record a permit; the caller is recorded as its checker */
        post: operations["suppliers.createPermit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/permits/{permitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a permit (optimistic locking by version) */
        put: operations["suppliers.updatePermit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All permits, the least recently checked first, with filters */
        get: operations["suppliers.listPermits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/permits/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All permits as on the overview (same filters and sort), as CSV or XLSX */
        get: operations["suppliers.exportPermits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/permits/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What importing this CSV file would accept and reject, row by row; writes nothing */
        post: operations["suppliers.previewPermitImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/permits/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV file of permits: all rows in one transaction, or none (422) */
        post: operations["suppliers.importPermits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own company's compliance documents, current and replaced */
        get: operations["suppliers.listCompanyDocuments"];
        put?: never;
        /** Upload a compliance document (PDF, PNG or JPEG, at most 5 MB, as base64) */
        post: operations["suppliers.uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/documents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own company's documents as on the list (not the files), CSV or XLSX */
        get: operations["suppliers.exportCompanyDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/documents/{documentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one of the caller's own company's documents */
        get: operations["suppliers.downloadCompanyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier's compliance documents */
        get: operations["suppliers.listSupplierDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/documents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier's documents as on the list (not the files), CSV or XLSX */
        get: operations["suppliers.exportSupplierDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/documents/{documentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a supplier's document */
        get: operations["suppliers.downloadSupplierDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/company/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own company's price history, proposals included */
        get: operations["suppliers.listCompanyPrices"];
        put?: never;
        /** Propose a price (an offer for negotiation; never overwrites a price) */
        post: operations["suppliers.proposePrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier's agreed prices (and, for procurement officers, its proposals) */
        get: operations["suppliers.listSupplierPrices"];
        put?: never;
        /** Record an agreed price; the caller is recorded as its negotiator */
        post: operations["suppliers.recordAgreedPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/{bodyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A procurement organisation's service categories and target groups in force (for suppliers too) */
        get: operations["agreements.publishedTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s own taxonomy, retired entries included */
        get: operations["agreements.readTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/taxonomy/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a service category (the code is unique in the organisation) */
        post: operations["agreements.createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/taxonomy/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a service category */
        put: operations["agreements.renameCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/taxonomy/categories/{categoryId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a service category: no longer offered, kept for what refers to it */
        post: operations["agreements.retireCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/taxonomy/target-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a target group (the code is unique in the organisation) */
        post: operations["agreements.createTargetGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/taxonomy/target-groups/{targetGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a target group */
        put: operations["agreements.renameTargetGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/taxonomy/target-groups/{targetGroupId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a target group */
        post: operations["agreements.retireTargetGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Framework agreements the organisation owns or takes part in */
        get: operations["agreements.list"];
        put?: never;
        /** Draft a framework agreement */
        post: operations["agreements.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The framework agreements as on the list (same sort), every row, as CSV or XLSX */
        get: operations["agreements.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/drafting-choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categories, municipalities and suppliers an agreement can be drafted with */
        get: operations["agreements.draftingChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/supplier-choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppliers of the owner’s country whose name holds q, the first few in name order with the count of all */
        get: operations["agreements.supplierChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement with its municipalities and requirements (its lots are on …/lots) */
        get: operations["agreements.read"];
        /** Edit a draft agreement */
        put: operations["agreements.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the agreement’s lots with their ranked suppliers and the price in force, and how many match */
        get: operations["agreements.lots"];
        put?: never;
        /** Add a lot: service category, area and call-off method */
        post: operations["agreements.addLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the participating municipalities (from the mandate) */
        put: operations["agreements.setMunicipalities"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit a lot of a draft */
        put: operations["agreements.updateLot"];
        post?: never;
        /** Delete a lot of a draft with its suppliers and lot requirements */
        delete: operations["agreements.deleteLot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a supplier to a lot at a rank, optionally with its agreed price */
        post: operations["agreements.addLotSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}/suppliers/{supplierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a supplier off a lot of a draft (the ranks close up) */
        delete: operations["agreements.removeLotSupplier"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/lots/{lotId}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a lot's ranking: every supplier of the lot, first rank first */
        put: operations["agreements.rerankLot"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/suppliers/{supplierId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a supplier, lift its hiding, or terminate it (on one lot or all) */
        post: operations["agreements.changeSupplierStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/suppliers/{supplierId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier's status changes on the agreement, newest first, a page at a time */
        get: operations["agreements.supplierTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contract requirement to the agreement or one lot */
        post: operations["agreements.addRequirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/requirements/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contract requirement from a draft */
        delete: operations["agreements.removeRequirement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a complete draft */
        post: operations["agreements.activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Use the next extension option of an active agreement */
        post: operations["agreements.useExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate an active agreement from a date, with a reason */
        post: operations["agreements.terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/calloff-eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the organisation may call off the agreement today, and each lot’s method (a page of lots, filtered as on …/lots, with their total) */
        get: operations["agreements.callOffEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the dynamic purchasing systems the organisation owns or takes part in */
        get: operations["agreements.listDps"];
        put?: never;
        /** Set up a dynamic purchasing system (as a draft) */
        post: operations["agreements.createDps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dynamic purchasing systems as on the list (same sort), every row, as CSV or XLSX */
        get: operations["agreements.exportDps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a new DPS can cover: categories, participants, standard requirements */
        get: operations["agreements.dpsSetUpChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A DPS: validity and its changes, categories, requirements, call-off readiness */
        get: operations["agreements.readDps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the DPS for applications */
        post: operations["agreements.openDps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/validity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the end of the validity, with a reason shown to suppliers */
        post: operations["agreements.changeDpsValidity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the DPS for applications, with a reason shown to suppliers */
        post: operations["agreements.closeDps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the application queue with each decision clock (the owner only) */
        get: operations["agreements.listDpsApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The application queue as on screen (same status filter and sort), every row, as CSV or XLSX (the owner only) */
        get: operations["agreements.exportDpsApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with its answers */
        get: operations["agreements.readDpsApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit the supplier to the categories applied for */
        post: operations["agreements.approveDpsApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending application, with a reason the supplier sees */
        post: operations["agreements.rejectDpsApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exclude an admitted supplier, with a reason */
        post: operations["agreements.excludeDpsApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/applications/{applicationId}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the decision time once, to 15 working days, with a reason */
        post: operations["agreements.extendDpsDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admitted suppliers per category */
        get: operations["agreements.listDpsSuppliers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/declaration-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the requests for updated self-declarations (the owner only) */
        get: operations["agreements.listDpsDeclarationRequests"];
        put?: never;
        /** Ask an admitted supplier for an updated self-declaration (5 working days) */
        post: operations["agreements.requestDpsDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps/{dpsId}/declaration-requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requests for updated self-declarations as on the list (same sort), as CSV or XLSX (the owner only) */
        get: operations["agreements.exportDpsDeclarationRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-market": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open systems to apply to, and the supplier’s own documents to attach */
        get: operations["agreements.dpsMarket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-market/{dpsId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply to categories of a DPS, answering every requirement */
        post: operations["agreements.applyToDps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-market/{dpsId}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admitted suppliers of the categories the supplier is admitted to (names only) */
        get: operations["agreements.listDpsPeers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the supplier’s own applications with status, deadline and reason */
        get: operations["agreements.listOwnDpsApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier’s own applications as on the list (same sort), as CSV or XLSX */
        get: operations["agreements.exportOwnDpsApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the supplier’s own applications with its answers */
        get: operations["agreements.readOwnDpsApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending application */
        post: operations["agreements.withdrawDpsApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-declaration-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of the requests for updated self-declarations to the supplier */
        get: operations["agreements.listOwnDeclarationRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-declaration-requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requests for updated self-declarations to the supplier as on the list, as CSV or XLSX */
        get: operations["agreements.exportOwnDeclarationRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/dps-declaration-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a request for an updated self-declaration */
        post: operations["agreements.answerDeclarationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search open establishments by category, target group, age, gender, place, distance, free places, permit and price */
        get: operations["matching.searchCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/catalogue/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The categories (with their procurement body) and target groups to search by */
        get: operations["matching.catalogueFilters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's open offers with tariffs, assessment, approval and freshness */
        get: operations["matching.listOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offers/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the capacity and tariffs of all open offers (or those listed) in one click */
        post: operations["matching.confirmOffers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offers/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What importing this CSV file of offers would accept and reject; writes nothing */
        post: operations["matching.previewOfferImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import capacity, tariffs and assessments from CSV: all rows in one transaction, or none (422) */
        post: operations["matching.importOffers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offers/{establishmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the supplier’s offers */
        get: operations["matching.getOffer"];
        /** Set the offer’s form, legal bases, capacity, next free place and occupancy (confirms it) */
        put: operations["matching.updateOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offers/{establishmentId}/tariffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a tariff per unit from a date, with when and by whom it was negotiated */
        post: operations["matching.addOfferTariff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offers/{establishmentId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the supervisory authority's quality assessment: seven theme scores 1–5 */
        post: operations["matching.addOfferAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/matching/freshness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The share of offers confirmed within the limit (goal 90%) and the stale ones, paged */
        get: operations["matching.offerFreshness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/meeting-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This organisation's notes from meetings with the supplier, newest first */
        get: operations["matching.listMeetingNotes"];
        put?: never;
        /** Note what was learned at a meeting with the supplier (read only here) */
        post: operations["matching.addMeetingNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/matching/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How matching works here: freshness limit, offers outside agreements, weights */
        get: operations["matching.getSettings"];
        /** Set the freshness limit, offers outside agreements and the weights (null: defaults) */
        put: operations["matching.putSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/{referralId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers proposed for a referral (best 50, with constraints passed and score parts) and the excluded offers with their reasons */
        get: operations["matching.referralProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/matching/price-corridor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lowest, quartiles, median and highest of the prices in force per service kind and unit across the body’s municipalities (no supplier named) */
        get: operations["matching.priceCorridor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** view=mine: the caller's referrals, newest first; view=queue: the matching team's queue by urgency and clock (matching.manage) */
        get: operations["matching.listReferrals"];
        put?: never;
        /** Send a pseudonymised referral to the matching team (no personal identity numbers); starts its clock */
        post: operations["matching.sendReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/order-choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For an extension or adjustment referral: the municipality's active orders whose number, supplier or offer holds q, the first few by number with the count of all */
        get: operations["matching.referralOrderChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One referral; who the person cannot live with is only flagged, never included */
        get: operations["matching.readReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assign the referral, move it to a later state, or withdraw it with a reason (optimistic locking by version) */
        patch: operations["matching.changeReferral"];
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/{referralId}/cannot-live-with": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the person cannot live with; every read is logged */
        get: operations["matching.readCannotLiveWith"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/{referralId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer survey of a referral: every request with its answer and negotiation rounds */
        get: operations["matching.readSurvey"];
        put?: never;
        /** Ask the chosen offers about the referral (pseudonymised, with a reply window) */
        post: operations["matching.sendSurveyRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/{referralId}/survey/acute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An acute referral: ask every matching approved offer at once */
        post: operations["matching.sendAcuteSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/survey-requests/{requestId}/negotiation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a negotiation round over an answer: the price asked and, once settled, agreed */
        post: operations["matching.recordNegotiationRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/{referralId}/choice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose an answered request with a reason: makes the order, or changes the order an extension or adjustment is of */
        post: operations["matching.chooseOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offer-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's survey requests, open ones first by reply time */
        get: operations["matching.listOfferRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/offer-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A survey request with the pseudonymised referral and the supplier’s own answer */
        get: operations["matching.readOfferRequest"];
        /** Answer a survey request within its reply window (available, start, price, questions, hold a place) */
        put: operations["matching.answerOfferRequest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders/{orderId}/contract.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract of an order from a referral (KL's standard contract structure), in the language asked for or the caller's */
        get: operations["matching.contractPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders/{orderId}/service-specification.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service specification (ydelsesspecifikation) of an order from a referral, in the language asked for or the caller's */
        get: operations["matching.serviceSpecificationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/referrals/{referralId}/evidence.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer survey's evidence pack as it happened: offers considered, requests, answers, negotiation, the choice, the audit trail */
        get: operations["matching.evidencePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders/{orderId}/supervisor-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the supervisory authority's consent to three more weeks of an offer it has not approved (once; optimistic locking) */
        post: operations["matching.recordSupervisorConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's needs in pages, newest first; mine=true for the caller's own */
        get: operations["calloffs.listNeeds"];
        put?: never;
        /** Describe a need as a draft (no personal identity numbers) */
        post: operations["calloffs.createNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/needs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The needs as on the list (same filters and sort), every row, as CSV or XLSX; never a need’s details */
        get: operations["calloffs.exportNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/needs/{needId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One need; reading the free text about a person is logged */
        get: operations["calloffs.readNeed"];
        /** Change a draft (optimistic locking by version) */
        put: operations["calloffs.updateNeed"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/needs/{needId}/calloff-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lots and DPS categories that fit the need, each with the procedure a call-off would follow and why */
        get: operations["calloffs.listCalloffOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/needs/{needId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft to the buyers */
        post: operations["calloffs.submitNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/needs/{needId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a draft or submitted need */
        post: operations["calloffs.withdrawNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's call-offs, newest first, by status and procedure, in pages */
        get: operations["calloffs.list"];
        put?: never;
        /** Start a draft call-off of a submitted need under one of its options (a lot, or a DPS category) */
        post: operations["calloffs.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call-offs as on the list (same filters and sort), every row, as CSV or XLSX */
        get: operations["calloffs.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call-off: procedure and why, requirements, model and setup problems */
        get: operations["calloffs.read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation report after the opening: every bid ranked or set aside, with the award decision once made */
        get: operations["calloffs.readEvaluation"];
        /** Replace a draft's requirements and evaluation model (optimistic locking) */
        put: operations["calloffs.replaceEvaluation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft with a reason; the need goes back to submitted */
        post: operations["calloffs.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who would be invited and who is left out (and why), the minimum tender period; after publishing, the invitations */
        get: operations["calloffs.readPublication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a renewed-competition or DPS call-off: invite every supplier it names */
        post: operations["calloffs.publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the request during the tender period; everyone invited is told */
        post: operations["calloffs.changeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The suppliers' questions, with who asked */
        get: operations["calloffs.listQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/questions/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a question; the answer goes to every invited supplier, without the asker */
        post: operations["calloffs.answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's inbox in pages: call-offs it was invited to or offered, newest first */
        get: operations["calloffs.listTenders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's inbox as on the list (same sort), every row, as CSV or XLSX */
        get: operations["calloffs.exportTenders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pseudonymised request of a call-off the supplier is invited to */
        get: operations["calloffs.readTender"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the buyer a question before the deadline */
        post: operations["calloffs.askQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline to bid, with a reason (the buyer reads it after the deadline) */
        post: operations["calloffs.declineTender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/bid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's own bid, opened for its author, with its receipt */
        get: operations["calloffs.readOwnBid"];
        /** Submit or replace the sealed bid until the deadline (201 new, 200 replaced) */
        put: operations["calloffs.submitBid"];
        post?: never;
        /** Withdraw the bid before the deadline */
        delete: operations["calloffs.withdrawBid"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/bid/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt of the supplier's own bid as a PDF, for its author only */
        get: operations["calloffs.ownBidReceiptPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/opening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When and by whom the bids were opened (nulls before the opening) */
        get: operations["calloffs.readOpening"];
        put?: never;
        /** Open the bids after the tender deadline (an audited event) */
        post: operations["calloffs.openBids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/bids/{bidId}/set-aside": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a bid aside with a reason (during the evaluation) */
        put: operations["calloffs.setBidAside"];
        post?: never;
        /** Take back the buyer's set-aside of a bid (during the evaluation) */
        delete: operations["calloffs.removeBidSetAside"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Award a ranked bid with reasons and an optional 10-day standstill; the decision goes to every bidder */
        post: operations["calloffs.award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/award-decision.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award decision as a PDF, in the language asked for or the caller’s */
        get: operations["calloffs.decisionPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the order (avropsavtal) with the awarded supplier, after any standstill */
        post: operations["calloffs.orderAwarded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call-off's events with time and actor, oldest first; bid receipts only after the opening */
        get: operations["calloffs.readTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/award-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award decision as this bidder reads it: won or not, the winner, own rank */
        get: operations["calloffs.readBidderDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/award-decision.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The award decision as a PDF, for a supplier that bid */
        get: operations["calloffs.bidderDecisionPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/cascade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cascade's steps, the standing offer and its deadline, and the outcome */
        get: operations["calloffs.readCascade"];
        put?: never;
        /** Start offering a draft ranking call-off down the lot's ranking, with any skips decided up front */
        post: operations["calloffs.startCascade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/calloffs/{calloffId}/cascade/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skip the offered or a waiting supplier with a listed reason and free text */
        post: operations["calloffs.skipSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/deviations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every departure from the agreement's ranking, with its reason, in pages */
        get: operations["calloffs.listDeviations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/deviations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement's ranking deviations as in the report (same sort), as CSV or XLSX */
        get: operations["calloffs.exportDeviations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supplier's own offer of a ranking call-off: its deadline and how it ended */
        get: operations["calloffs.readOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/offer/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the offer by its deadline; the order is made at the agreed price */
        post: operations["calloffs.acceptOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/tenders/{calloffId}/offer/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the offer with a reason; it passes to the next supplier */
        post: operations["calloffs.declineOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A municipality's orders, or the orders a supplier received, in pages, newest first, by status */
        get: operations["calloffs.listOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The orders as on the list (same filter and sort), every row, as CSV or XLSX */
        get: operations["calloffs.exportOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its extensions and adjustments */
        get: operations["calloffs.readOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders/{orderId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend, adjust or end an order with a reason (optimistic locking) */
        post: operations["calloffs.adjustOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/orders/{orderId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order document in the reader's language */
        get: operations["calloffs.orderPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s plan: target, planned visits and progress (done of target, pace, overdue) */
        get: operations["followup.readPlan"];
        /** Create the year’s plan or change its target (give the version read to change it) */
        put: operations["followup.savePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/plans/{year}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a visit to an establishment whose supplier is on one of the body’s agreements */
        post: operations["followup.planVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/plans/{year}/visits/{plannedVisitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a planned visit to another date, or cancel it */
        patch: operations["followup.changePlannedVisit"];
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The establishments on the body’s active agreements in order of risk, with reasons, in pages */
        get: operations["followup.listCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/candidates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole risk order of the year as on the list (same sort), as CSV or XLSX */
        get: operations["followup.exportCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/establishments/{establishmentId}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pre-visit checklist: permit record and checks, open corrections, requirements */
        get: operations["followup.readChecklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/establishments/{establishmentId}/permit-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the permit check done with what was seen (valid, changed, revoked, open case) */
        post: operations["followup.recordPermitCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body’s visit records in pages, latest first (optionally of one establishment) */
        get: operations["followup.listVisits"];
        put?: never;
        /** Record a visit: participants, findings per requirement, documents, a logbook note */
        post: operations["followup.recordVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/visits/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body’s visit records as on the list (same filter and sort), as CSV or XLSX */
        get: operations["followup.exportVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/visits/{visitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A visit record with its findings, documents and what calls for correction */
        get: operations["followup.readVisit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/followup/visits/{visitId}/documents/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document of a visit record */
        get: operations["followup.visitDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/staff-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body's staff-list requests with the latest list's outcome, in pages */
        get: operations["followup.listStaffListRequests"];
        put?: never;
        /** Request an establishment's staff list for a period; the supplier is emailed */
        post: operations["followup.requestStaffList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/staff-lists/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body's staff-list requests as on the list (same filter and sort), CSV or XLSX */
        get: operations["followup.exportStaffListRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/staff-lists/choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body's agreements and the establishments a staff list can be requested for */
        get: operations["followup.staffListChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/staff-lists/choices/establishments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Establishments on one of the body’s agreements whose name holds q, the first few in name order with the count of all */
        get: operations["followup.staffListEstablishmentChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/staff-lists/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request, its latest list (with names) and the report per requirement */
        get: operations["followup.readStaffListRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-staff-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff lists asked of the caller's company, in pages */
        get: operations["followup.listSupplierStaffLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-staff-lists/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff lists asked of the caller's company as on the list, CSV or XLSX */
        get: operations["followup.exportSupplierStaffLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-staff-lists/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty staff list with the headings in the caller's language, then the per-shift section */
        get: operations["followup.staffListTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-staff-lists/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty staff list workbook in the caller's language: staff, and awake staff per shift */
        get: operations["followup.staffListTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-staff-lists/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request to the caller's company, its own latest list and the report on it */
        get: operations["followup.readSupplierStaffList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-staff-lists/{requestId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the staff list as a CSV or XLSX file (base64): all rows, or none (422) */
        post: operations["followup.submitStaffListFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-staff-lists/{requestId}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the staff list filled in a form (staff rows, per-shift rows), read by the same rules as a file */
        post: operations["followup.submitStaffListRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body’s requests for correction with their state (overdue included) */
        get: operations["followup.listCorrections"];
        put?: never;
        /** Send a request for correction to a supplier on one of the body’s agreements */
        post: operations["followup.createCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body’s requests for correction as on the list (same filter and sort), CSV or XLSX */
        get: operations["followup.exportCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections/choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body’s agreements with their requirements (those the supplier is on, when given) */
        get: operations["followup.correctionChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections/choices/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppliers on one of the body’s agreements whose name holds q, with their establishments, the first few in name order with the count of all */
        get: operations["followup.correctionSupplierChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request: the requirements concerned, the answers with evidence, the decisions */
        get: operations["followup.readCorrection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the answer awaiting decision, or reject it with a reason */
        post: operations["followup.decideCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections/{requestId}/letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The letter as a PDF, in the supplier’s language unless `locale` says otherwise */
        get: operations["followup.correctionLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/corrections/{requestId}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file of an answer */
        get: operations["followup.correctionEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests for correction sent to the caller’s company */
        get: operations["followup.listSupplierCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-corrections/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests for correction sent to the caller’s company as on the list, CSV or XLSX */
        get: operations["followup.exportSupplierCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-corrections/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the company’s requests for correction with its answers */
        get: operations["followup.readSupplierCorrection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-corrections/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer with an action plan and evidence (PDF, PNG or JPEG, 5 MB each, base64) */
        post: operations["followup.answerCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-corrections/{requestId}/letter.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The letter of the request as a PDF, in the company’s language */
        get: operations["followup.supplierCorrectionLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/supplier-corrections/{requestId}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file the company gave */
        get: operations["followup.supplierCorrectionEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/logbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Logbook notes the organisation may read in pages, newest first (sensitive text left out) */
        get: operations["followup.listNotes"];
        put?: never;
        /** Write a logbook note about a supplier on one of the body’s agreements */
        post: operations["followup.writeNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/logbook/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Logbook notes as on the list (same filters and sort, sensitive text left out), CSV or XLSX */
        get: operations["followup.exportNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/logbook/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per supplier: the latest notes and the number of open requests for correction */
        get: operations["followup.noteSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/logbook/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One note with its text; reading a sensitive note is recorded */
        get: operations["followup.readNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/logbook/{noteId}/reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read a sensitive note and when (the agreement owner’s officers) */
        get: operations["followup.listNoteReads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/establishment-hidings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Establishments hidden on the agreement (now or from a coming day) */
        get: operations["followup.listEstablishmentHidings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/establishment-hidings/choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the agreement’s owner: its suppliers’ open establishments whose name holds q, the first few in name order with the count of all */
        get: operations["followup.establishmentsToHide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/establishments/{establishmentId}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide one establishment on the agreement, with a reason and dates */
        post: operations["followup.hideEstablishment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/agreements/{agreementId}/establishments/{establishmentId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the hiding of one establishment, with a reason */
        post: operations["followup.liftEstablishmentHiding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/suppliers/{supplierId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything of the body's follow-up of a supplier, newest first */
        get: operations["followup.supplierTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spend from orders (committed and run-rate) by municipality, service, supplier, agreement or DPS, procedure or period, per currency */
        get: operations["insights.spend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/spend/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spend this year against last year by service or supplier, with the change in minor units and percent */
        get: operations["insights.spendByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price development per service and unit: the unit prices of orders per period */
        get: operations["insights.prices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/spend/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The spend table as on screen (same breakdown and selection), CSV or XLSX */
        get: operations["insights.exportSpend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/spend/years/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spend this year against last year as on screen, CSV or XLSX */
        get: operations["insights.exportSpendByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/prices/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The price development table as on screen (same selection), CSV or XLSX */
        get: operations["insights.exportPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Call-offs per procedure and their outcomes */
        get: operations["insights.calloffsByProcedure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/deviations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deviations from ranking with their reasons counted */
        get: operations["insights.rankingDeviations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per supplier: response, decline and bid rates and the share of call-offs won */
        get: operations["insights.supplierResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/lead-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time from need to order in days: median and distribution */
        get: operations["insights.needToOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/dps-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DPS decision times against the 10-working-day clock */
        get: operations["insights.dpsDecisionTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/followup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up coverage against the plan and open requests for correction */
        get: operations["insights.followupCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/procedures/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Call-offs per procedure and outcome as on screen, CSV or XLSX */
        get: operations["insights.exportCalloffsByProcedure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/deviations/reasons/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deviations from ranking counted per reason, CSV or XLSX */
        get: operations["insights.exportDeviationReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/deviations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The skipped suppliers, newest first, as on screen, CSV or XLSX */
        get: operations["insights.exportRankingDeviations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/suppliers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers per supplier and their rates, CSV or XLSX */
        get: operations["insights.exportSupplierResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/lead-times/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders by days from need to order, CSV or XLSX */
        get: operations["insights.exportNeedToOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/lead-times/procedures/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Median days from need to order per procedure, CSV or XLSX */
        get: operations["insights.exportNeedToOrderByProcedure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/dps-decisions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DPS decisions per DPS against the clock, CSV or XLSX */
        get: operations["insights.exportDpsDecisionTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/followup/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits per follow-up plan against its target, CSV or XLSX */
        get: operations["insights.exportFollowupCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/statistics/followup/corrections/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests for correction not yet closed per agreement, CSV or XLSX */
        get: operations["insights.exportOpenCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past call-offs evaluated again under another model: the winner it would pick and the cost difference over the expected volume, summed per agreement and year */
        get: operations["insights.replay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/insights/replay/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The replay’s call-offs as on screen (same scope and model), CSV or XLSX */
        get: operations["insights.exportReplay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/ocds/agreements/{agreementId}/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OCDS release package of a framework agreement */
        get: operations["insights.ocdsAgreementReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/ocds/agreements/{agreementId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OCDS record package, with its compiled release, of a framework agreement */
        get: operations["insights.ocdsAgreementRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/ocds/{orgId}/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public OCDS record package of an awarded framework agreement, when its owner publishes */
        get: operations["insights.publicOcdsAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/ocds/dps/{dpsId}/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OCDS release package of a dynamic purchasing system */
        get: operations["insights.ocdsDpsReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/ocds/dps/{dpsId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OCDS record package, with its compiled release, of a dynamic purchasing system */
        get: operations["insights.ocdsDpsRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/ocds/{orgId}/dps/{dpsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public OCDS record package of an awarded dynamic purchasing system, when its owner publishes */
        get: operations["insights.publicOcdsDps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/ocds/calloffs/{calloffId}/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OCDS release package of a call-off */
        get: operations["insights.ocdsCalloffReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/ocds/calloffs/{calloffId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OCDS record package, with its compiled release, of a call-off */
        get: operations["insights.ocdsCalloffRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/ocds/{orgId}/calloffs/{calloffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public OCDS record package of an awarded call-off, when its owner publishes */
        get: operations["insights.publicOcdsCalloff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{orgId}/ocds/publishing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the organisation publishes its awarded procurements as open OCDS data */
        get: operations["insights.ocdsPublishing"];
        /** Turn publishing of the awarded procurements as open OCDS data on or off */
        put: operations["insights.changeOcdsPublishing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details, in the reader’s language */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
    };
    responses: {
        /** @description The input is not valid; `errors` names each field */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No session, or it has expired */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The role does not allow this, or the CSRF header is missing */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such object, or not one the caller may know of */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The object changed meanwhile, or its state does not allow this */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Tildel failed; the error is logged, nothing was saved */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "organisations.health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        /** @enum {string} */
                        database: "pglite" | "postgresql";
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        migrations: number;
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.signIn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            locale: "sv" | "da" | "en";
                            isPlatformAdmin: boolean;
                        };
                        activeOrganisationId: string | null;
                        memberships: {
                            organisation: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "procurement_body" | "municipality" | "supplier";
                                /** @enum {string} */
                                country: "SE" | "DK";
                            };
                            roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        }[];
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        permissions: ("organisation.read" | "members.read" | "members.manage" | "audit.read" | "messages.read" | "catalogue.read" | "suppliers.read" | "suppliers.register" | "supplier_profile.read" | "supplier_profile.manage" | "permits.manage" | "prices.negotiate" | "taxonomy.manage" | "agreements.read" | "agreements.manage" | "supplier_status.manage" | "dps.read" | "dps.manage" | "dps.apply" | "needs.read" | "needs.manage" | "referrals.read" | "referrals.send" | "matching.manage" | "matching.configure" | "calloffs.read" | "calloffs.manage" | "tenders.read" | "tenders.respond" | "orders.read" | "orders.manage" | "followup.read" | "followup.manage" | "logbook.read" | "logbook.write" | "followup.respond" | "insights.read" | "ocds.publish")[];
                        csrfToken: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.signOut": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.readMe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            locale: "sv" | "da" | "en";
                            isPlatformAdmin: boolean;
                        };
                        activeOrganisationId: string | null;
                        memberships: {
                            organisation: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "procurement_body" | "municipality" | "supplier";
                                /** @enum {string} */
                                country: "SE" | "DK";
                            };
                            roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        }[];
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        permissions: ("organisation.read" | "members.read" | "members.manage" | "audit.read" | "messages.read" | "catalogue.read" | "suppliers.read" | "suppliers.register" | "supplier_profile.read" | "supplier_profile.manage" | "permits.manage" | "prices.negotiate" | "taxonomy.manage" | "agreements.read" | "agreements.manage" | "supplier_status.manage" | "dps.read" | "dps.manage" | "dps.apply" | "needs.read" | "needs.manage" | "referrals.read" | "referrals.send" | "matching.manage" | "matching.configure" | "calloffs.read" | "calloffs.manage" | "tenders.read" | "tenders.respond" | "orders.read" | "orders.manage" | "followup.read" | "followup.manage" | "logbook.read" | "logbook.write" | "followup.respond" | "insights.read" | "ocds.publish")[];
                        csrfToken: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.changeLocale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale: "sv" | "da" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            locale: "sv" | "da" | "en";
                            isPlatformAdmin: boolean;
                        };
                        activeOrganisationId: string | null;
                        memberships: {
                            organisation: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "procurement_body" | "municipality" | "supplier";
                                /** @enum {string} */
                                country: "SE" | "DK";
                            };
                            roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        }[];
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        permissions: ("organisation.read" | "members.read" | "members.manage" | "audit.read" | "messages.read" | "catalogue.read" | "suppliers.read" | "suppliers.register" | "supplier_profile.read" | "supplier_profile.manage" | "permits.manage" | "prices.negotiate" | "taxonomy.manage" | "agreements.read" | "agreements.manage" | "supplier_status.manage" | "dps.read" | "dps.manage" | "dps.apply" | "needs.read" | "needs.manage" | "referrals.read" | "referrals.send" | "matching.manage" | "matching.configure" | "calloffs.read" | "calloffs.manage" | "tenders.read" | "tenders.respond" | "orders.read" | "orders.manage" | "followup.read" | "followup.manage" | "logbook.read" | "logbook.write" | "followup.respond" | "insights.read" | "ocds.publish")[];
                        csrfToken: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.switchOrganisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organisationId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            locale: "sv" | "da" | "en";
                            isPlatformAdmin: boolean;
                        };
                        activeOrganisationId: string | null;
                        memberships: {
                            organisation: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "procurement_body" | "municipality" | "supplier";
                                /** @enum {string} */
                                country: "SE" | "DK";
                            };
                            roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        }[];
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        permissions: ("organisation.read" | "members.read" | "members.manage" | "audit.read" | "messages.read" | "catalogue.read" | "suppliers.read" | "suppliers.register" | "supplier_profile.read" | "supplier_profile.manage" | "permits.manage" | "prices.negotiate" | "taxonomy.manage" | "agreements.read" | "agreements.manage" | "supplier_status.manage" | "dps.read" | "dps.manage" | "dps.apply" | "needs.read" | "needs.manage" | "referrals.read" | "referrals.send" | "matching.manage" | "matching.configure" | "calloffs.read" | "calloffs.manage" | "tenders.read" | "tenders.respond" | "orders.read" | "orders.manage" | "followup.read" | "followup.manage" | "logbook.read" | "logbook.write" | "followup.respond" | "insights.read" | "ocds.publish")[];
                        csrfToken: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.findIdentityProvider": {
        parameters: {
            query: {
                domain: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.startIdentityProviderSignIn": {
        parameters: {
            query: {
                domain: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the Location header */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.finishIdentityProviderSignIn": {
        parameters: {
            query?: {
                state?: string;
                code?: string;
                error?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the Location header */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.readIdentityProvider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provider: {
                            displayName: string;
                            issuer: string;
                            clientId: string;
                            emailDomains: string[];
                            hasSecret: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        redirectUri: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.saveIdentityProvider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /** Format: uri */
                    issuer: string;
                    clientId: string;
                    clientSecret?: string;
                    emailDomains: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provider: {
                            displayName: string;
                            issuer: string;
                            clientId: string;
                            emailDomains: string[];
                            hasSecret: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        redirectUri: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.removeIdentityProvider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "procurement_body" | "municipality" | "supplier";
                        /** @enum {string} */
                        country: "SE" | "DK";
                        identifier: string;
                        municipalityCode: string | null;
                        mandate: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listAssignableRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listMembers": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "name" | "email" | "joined";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            userId: string;
                            email: string;
                            name: string;
                            roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.changeMemberRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.removeMember": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.exportMembers": {
        parameters: {
            query: {
                sort?: "name" | "email" | "joined";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.exportInvitations": {
        parameters: {
            query: {
                open?: boolean;
                sort?: "sent" | "email" | "expires";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listInvitations": {
        parameters: {
            query?: {
                open?: boolean;
                limit?: number;
                offset?: number;
                sort?: "sent" | "email" | "expires";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            email: string;
                            roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                            /** @enum {string} */
                            locale: "sv" | "da" | "en";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            invitedBy: {
                                name: string;
                            };
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.invite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                    /** @enum {string} */
                    locale: "sv" | "da" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        /** @enum {string} */
                        locale: "sv" | "da" | "en";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        acceptedAt: string | null;
                        /** Format: date-time */
                        revokedAt: string | null;
                        invitedBy: {
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.revokeInvitation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.readInvitationLink": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisationName: string;
                        email: string;
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        /** @enum {string} */
                        locale: "sv" | "da" | "en";
                        existingUser: boolean;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.acceptInvitation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            locale: "sv" | "da" | "en";
                            isPlatformAdmin: boolean;
                        };
                        activeOrganisationId: string | null;
                        memberships: {
                            organisation: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "procurement_body" | "municipality" | "supplier";
                                /** @enum {string} */
                                country: "SE" | "DK";
                            };
                            roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        }[];
                        roles: ("caseworker" | "buyer" | "controller" | "procurement_officer" | "quality_officer" | "matching_officer" | "supplier_user" | "supplier_admin" | "org_admin")[];
                        permissions: ("organisation.read" | "members.read" | "members.manage" | "audit.read" | "messages.read" | "catalogue.read" | "suppliers.read" | "suppliers.register" | "supplier_profile.read" | "supplier_profile.manage" | "permits.manage" | "prices.negotiate" | "taxonomy.manage" | "agreements.read" | "agreements.manage" | "supplier_status.manage" | "dps.read" | "dps.manage" | "dps.apply" | "needs.read" | "needs.manage" | "referrals.read" | "referrals.send" | "matching.manage" | "matching.configure" | "calloffs.read" | "calloffs.manage" | "tenders.read" | "tenders.respond" | "orders.read" | "orders.manage" | "followup.read" | "followup.manage" | "logbook.read" | "logbook.write" | "followup.respond" | "insights.read" | "ocds.publish")[];
                        csrfToken: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listAudit": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "seq" | "actor" | "action";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            seq: number;
                            /** Format: date-time */
                            at: string;
                            actor: {
                                id: string;
                                name: string;
                                email: string;
                            } | null;
                            action: string;
                            objectType: string;
                            objectId: string;
                            /** @description JSON value as recorded */
                            before: unknown;
                            /** @description JSON value as recorded */
                            after: unknown;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.exportAudit": {
        parameters: {
            query: {
                sort?: "seq" | "actor" | "action";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.verifyAudit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        checked: number;
                        firstProblem: {
                            seq: number;
                            id: string | null;
                            /** @enum {string} */
                            reason: "tampered" | "missing" | "broken_link";
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listMessages": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "time" | "to" | "subject" | "status";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            to: string;
                            subject: string;
                            body: string;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed";
                            /** @enum {string|null} */
                            transport: "smtp" | "kept" | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            lastError: string | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.exportMessages": {
        parameters: {
            query: {
                sort?: "time" | "to" | "subject" | "status";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listMunicipalities": {
        parameters: {
            query?: {
                country?: "SE" | "DK";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            country: "SE" | "DK";
                            code: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                            lat: number;
                            lon: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listAll": {
        parameters: {
            query?: {
                kind?: "procurement_body" | "municipality" | "supplier";
                q?: string;
                limit?: number;
                offset?: number;
                sort?: "name" | "kind" | "country" | "members" | "registered";
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "procurement_body" | "municipality" | "supplier";
                            name: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            /** @description Organisationsnummer (SE, "NNNNNN-NNNN") or CVR number (DK, eight digits) */
                            identifier: string;
                            municipalityCode: string | null;
                            memberCount: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "procurement_body" | "municipality" | "supplier";
                    name: string;
                    /** @enum {string} */
                    country: "SE" | "DK";
                    identifier: string;
                    municipalityCode?: string;
                    /** Format: email */
                    adminEmail: string;
                    /** @enum {string} */
                    adminLocale: "sv" | "da" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "procurement_body" | "municipality" | "supplier";
                        /** @enum {string} */
                        country: "SE" | "DK";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.exportAll": {
        parameters: {
            query: {
                kind?: "procurement_body" | "municipality" | "supplier";
                q?: string;
                sort?: "name" | "kind" | "country" | "members" | "registered";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.readWorklist": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        buyer?: {
                            questions: {
                                calloffId: string;
                                title: string;
                                /** Format: date-time */
                                at: string;
                                count: number;
                            }[];
                            deadlinesPassed: {
                                calloffId: string;
                                title: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            evaluations: {
                                calloffId: string;
                                title: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            awards: {
                                calloffId: string;
                                title: string;
                                /** Format: date-time */
                                at: string;
                                supplierName: string;
                                /** Format: date-time */
                                until: string | null;
                                ended: boolean;
                            }[];
                            offersDeclined: {
                                calloffId: string;
                                title: string;
                                /** Format: date-time */
                                at: string;
                                supplierName: string;
                            }[];
                            ordersEnding: {
                                id: string;
                                reference: string;
                                supplierName: string;
                                /** Format: date */
                                endDate: string;
                            }[];
                        };
                        procurement?: {
                            applications: {
                                id: string;
                                dpsId: string;
                                dpsTitle: string;
                                supplierName: string;
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                decisionDueAt: string;
                                extended: boolean;
                                overdue: boolean;
                            }[];
                            agreementsEnding: {
                                id: string;
                                reference: string;
                                title: string;
                                endsOn: string;
                                extensionsLeft: number;
                            }[];
                            documentsExpiring: {
                                id: string;
                                supplierId: string;
                                supplierName: string;
                                kind: string;
                                title: string;
                                validUntil: string | null;
                            }[];
                        };
                        quality?: {
                            plan: {
                                year: number;
                                done: number;
                                target: number;
                                expectedByToday: number;
                                /** @enum {string} */
                                pace: "ahead" | "on_pace" | "behind";
                                overdue: {
                                    id: string;
                                    /** Format: date */
                                    plannedOn: string;
                                    establishmentId: string;
                                    establishmentName: string;
                                    agreementId: string;
                                    supplierName: string;
                                }[];
                                next: {
                                    id: string;
                                    /** Format: date */
                                    plannedOn: string;
                                    establishmentId: string;
                                    establishmentName: string;
                                    agreementId: string;
                                    supplierName: string;
                                }[];
                            } | null;
                            correctionsDue: {
                                id: string;
                                partyName: string;
                                establishmentName: string | null;
                                /** @enum {string} */
                                status: "open" | "answered" | "rejected";
                                /** Format: date */
                                deadline: string;
                                overdue: boolean;
                            }[];
                            staffListsAwaited: {
                                id: string;
                                supplierName: string;
                                bodyName: string;
                                establishmentName: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                /** Format: date-time */
                                deadline: string;
                                overdue: boolean;
                            }[];
                            hiddenSuppliers: {
                                supplierId: string;
                                supplierName: string;
                                agreementId: string;
                                reference: string;
                                lotName: string;
                                reason: string | null;
                                hiddenFrom: string | null;
                                hiddenTo: string | null;
                            }[];
                            permitProblems: {
                                id: string;
                                supplierId: string;
                                supplierName: string;
                                establishmentName: string;
                                /** @enum {string} */
                                authority: "IVO" | "Socialtilsyn";
                                /** @enum {string} */
                                status: "valid" | "changed" | "revoked" | "expired" | "applied";
                                validTo: string | null;
                                openCases: number;
                                lastCheckedOn: string | null;
                            }[];
                        };
                        supplier?: {
                            applications: {
                                id: string;
                                dpsId: string;
                                dpsTitle: string;
                                ownerName: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                decisionDueAt: string;
                                decisionReason: string | null;
                            }[];
                            declarationRequests: {
                                id: string;
                                dpsId: string;
                                dpsTitle: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                                overdue: boolean;
                            }[];
                            staffListRequests: {
                                id: string;
                                supplierName: string;
                                bodyName: string;
                                establishmentName: string;
                                /** Format: date */
                                periodFrom: string;
                                /** Format: date */
                                periodTo: string;
                                /** Format: date-time */
                                deadline: string;
                                overdue: boolean;
                            }[];
                            correctionRequests: {
                                id: string;
                                partyName: string;
                                establishmentName: string | null;
                                /** @enum {string} */
                                status: "open" | "answered" | "rejected";
                                /** Format: date */
                                deadline: string;
                                overdue: boolean;
                            }[];
                            documentsExpiring: {
                                id: string;
                                supplierId: string;
                                supplierName: string;
                                kind: string;
                                title: string;
                                validUntil: string | null;
                            }[];
                            capacityToConfirm: {
                                id: string;
                                name: string;
                                placesTotal: number;
                                placesFree: number;
                                /** Format: date-time */
                                placesUpdatedAt: string | null;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.listNotifications": {
        parameters: {
            query: {
                limit?: number;
                offset?: number;
                sort?: "time" | "title";
                order?: "asc" | "desc";
                unread: boolean;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            link: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            readAt: string | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        /** @description Unread notifications in all, for the header */
                        unread: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.exportNotifications": {
        parameters: {
            query: {
                sort?: "time" | "title";
                order?: "asc" | "desc";
                unread: boolean;
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.countUnreadNotifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.markNotificationRead": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        link: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        readAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.markAllNotificationsRead": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many were unread and are now read */
                        marked: number;
                        unread: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "organisations.search": {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groups: {
                            /** @enum {string} */
                            kind: "need" | "calloff" | "tender" | "order" | "agreement" | "dps" | "supplier";
                            items: {
                                id: string;
                                title: string;
                                reference: string | null;
                                context: string | null;
                            }[];
                            more: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.readProfile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        identifier: string;
                        street: string;
                        postalCode: string;
                        city: string;
                        municipalityCode: string | null;
                        municipalityName: string | null;
                        website: string | null;
                        description: string;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.saveProfile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    street: string;
                    postalCode: string;
                    city: string;
                    municipalityCode: string | null;
                    website?: string | null;
                    description?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        identifier: string;
                        street: string;
                        postalCode: string;
                        city: string;
                        municipalityCode: string | null;
                        municipalityName: string | null;
                        website: string | null;
                        description: string;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listContacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "function_mailbox";
                            name: string;
                            purpose: string;
                            email: string;
                            phone: string | null;
                            receivesNotices: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.addContact": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "person" | "function_mailbox";
                    name: string;
                    purpose?: string;
                    /** Format: email */
                    email: string;
                    phone?: string | null;
                    receivesNotices?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "function_mailbox";
                        name: string;
                        purpose: string;
                        email: string;
                        phone: string | null;
                        receivesNotices: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.changeContact": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "person" | "function_mailbox";
                    name: string;
                    purpose?: string;
                    /** Format: email */
                    email: string;
                    phone?: string | null;
                    receivesNotices?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "function_mailbox";
                        name: string;
                        purpose: string;
                        email: string;
                        phone: string | null;
                        receivesNotices: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.removeContact": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listEstablishments": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "name" | "serviceKind" | "placesFree" | "placesUpdated";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            supplierId: string;
                            name: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            street: string;
                            postalCode: string;
                            city: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            municipalityCode: string;
                            municipalityName: string | null;
                            lat: number;
                            lon: number;
                            placesTotal: number;
                            placesFree: number;
                            /** Format: date-time */
                            placesUpdatedAt: string | null;
                            targetGroups: string[];
                            ageMin: number;
                            ageMax: number;
                            /** @enum {string} */
                            gender: "any" | "female" | "male";
                            methods: string[];
                            languages: string[];
                            description: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.addEstablishment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                    street?: string;
                    postalCode?: string;
                    city?: string;
                    municipalityCode: string;
                    placesTotal: number;
                    placesFree: number;
                    targetGroups?: string[];
                    ageMin?: number;
                    ageMax?: number;
                    /** @enum {string} */
                    gender?: "any" | "female" | "male";
                    methods?: string[];
                    languages?: string[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        street: string;
                        postalCode: string;
                        city: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        municipalityCode: string;
                        municipalityName: string | null;
                        lat: number;
                        lon: number;
                        placesTotal: number;
                        placesFree: number;
                        /** Format: date-time */
                        placesUpdatedAt: string | null;
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        methods: string[];
                        languages: string[];
                        description: string;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.exportEstablishments": {
        parameters: {
            query: {
                sort?: "name" | "serviceKind" | "placesFree" | "placesUpdated";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.readEstablishment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        street: string;
                        postalCode: string;
                        city: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        municipalityCode: string;
                        municipalityName: string | null;
                        lat: number;
                        lon: number;
                        placesTotal: number;
                        placesFree: number;
                        /** Format: date-time */
                        placesUpdatedAt: string | null;
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        methods: string[];
                        languages: string[];
                        description: string;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.changeEstablishment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                    street?: string;
                    postalCode?: string;
                    city?: string;
                    municipalityCode: string;
                    placesTotal: number;
                    placesFree: number;
                    targetGroups?: string[];
                    ageMin?: number;
                    ageMax?: number;
                    /** @enum {string} */
                    gender?: "any" | "female" | "male";
                    methods?: string[];
                    languages?: string[];
                    description?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        street: string;
                        postalCode: string;
                        city: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        municipalityCode: string;
                        municipalityName: string | null;
                        lat: number;
                        lon: number;
                        placesTotal: number;
                        placesFree: number;
                        /** Format: date-time */
                        placesUpdatedAt: string | null;
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        methods: string[];
                        languages: string[];
                        description: string;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.updatePlaces": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    placesFree: number;
                    placesTotal?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        street: string;
                        postalCode: string;
                        city: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        municipalityCode: string;
                        municipalityName: string | null;
                        lat: number;
                        lon: number;
                        placesTotal: number;
                        placesFree: number;
                        /** Format: date-time */
                        placesUpdatedAt: string | null;
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        methods: string[];
                        languages: string[];
                        description: string;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.closeEstablishment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        street: string;
                        postalCode: string;
                        city: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        municipalityCode: string;
                        municipalityName: string | null;
                        lat: number;
                        lon: number;
                        placesTotal: number;
                        placesFree: number;
                        /** Format: date-time */
                        placesUpdatedAt: string | null;
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        methods: string[];
                        languages: string[];
                        description: string;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.reopenEstablishment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        street: string;
                        postalCode: string;
                        city: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        municipalityCode: string;
                        municipalityName: string | null;
                        lat: number;
                        lon: number;
                        placesTotal: number;
                        placesFree: number;
                        /** Format: date-time */
                        placesUpdatedAt: string | null;
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        methods: string[];
                        languages: string[];
                        description: string;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        closedAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listConsultants": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "name" | "availableFrom";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            educations: {
                                /** @enum {string} */
                                code: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other";
                                year: number;
                            }[];
                            experience: {
                                area: string;
                                years: number;
                            }[];
                            languages: string[];
                            availableFrom: string | null;
                            availableExtentPercent: number | null;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.addConsultant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    educations: {
                        /** @enum {string} */
                        code: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other";
                        year: number;
                    }[];
                    experience: {
                        area: string;
                        years: number;
                    }[];
                    languages?: string[];
                    /** Format: date */
                    availableFrom?: string | null;
                    availableExtentPercent?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        educations: {
                            /** @enum {string} */
                            code: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other";
                            year: number;
                        }[];
                        experience: {
                            area: string;
                            years: number;
                        }[];
                        languages: string[];
                        availableFrom: string | null;
                        availableExtentPercent: number | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.exportConsultants": {
        parameters: {
            query: {
                sort?: "name" | "availableFrom";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.changeConsultant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                consultantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    educations: {
                        /** @enum {string} */
                        code: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other";
                        year: number;
                    }[];
                    experience: {
                        area: string;
                        years: number;
                    }[];
                    languages?: string[];
                    /** Format: date */
                    availableFrom?: string | null;
                    availableExtentPercent?: number | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        educations: {
                            /** @enum {string} */
                            code: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other";
                            year: number;
                        }[];
                        experience: {
                            area: string;
                            years: number;
                        }[];
                        languages: string[];
                        availableFrom: string | null;
                        availableExtentPercent: number | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.removeConsultant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                consultantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.list": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "name" | "city" | "establishments";
                order?: "asc" | "desc";
                q?: string;
                country?: "SE" | "DK";
                serviceKind?: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            identifier: string;
                            city: string;
                            municipalityCode: string | null;
                            establishmentCount: number;
                            consultantCount: number;
                            serviceKinds: ("staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision")[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.register": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    country: "SE" | "DK";
                    identifier: string;
                    /** Format: email */
                    adminEmail: string;
                    /** @enum {string} */
                    adminLocale?: "sv" | "da" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        identifier: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.export": {
        parameters: {
            query: {
                sort?: "name" | "city" | "establishments";
                order?: "asc" | "desc";
                q?: string;
                country?: "SE" | "DK";
                serviceKind?: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        profile: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            identifier: string;
                            street: string;
                            postalCode: string;
                            city: string;
                            municipalityCode: string | null;
                            municipalityName: string | null;
                            website: string | null;
                            description: string;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string | null;
                        };
                        contacts: {
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "function_mailbox";
                            name: string;
                            purpose: string;
                            email: string;
                            phone: string | null;
                            receivesNotices: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        establishments: {
                            id: string;
                            supplierId: string;
                            name: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            street: string;
                            postalCode: string;
                            city: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            municipalityCode: string;
                            municipalityName: string | null;
                            lat: number;
                            lon: number;
                            placesTotal: number;
                            placesFree: number;
                            /** Format: date-time */
                            placesUpdatedAt: string | null;
                            targetGroups: string[];
                            ageMin: number;
                            ageMax: number;
                            /** @enum {string} */
                            gender: "any" | "female" | "male";
                            methods: string[];
                            languages: string[];
                            description: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                        }[];
                        consultantCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listCompanyPermits": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "lastChecked" | "supplier" | "establishment" | "validTo";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            establishmentId: string;
                            establishmentName: string;
                            supplierId: string;
                            supplierName: string;
                            /** @enum {string} */
                            authority: "IVO" | "Socialtilsyn";
                            reference: string;
                            scope: string;
                            /** @enum {string} */
                            status: "valid" | "changed" | "revoked" | "expired" | "applied";
                            validFrom: string | null;
                            validTo: string | null;
                            openCases: number;
                            decisions: string;
                            lastCheckedOn: string | null;
                            lastCheckedBy: {
                                name: string;
                            } | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listSupplierPermits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        supplier: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                        };
                        establishments: {
                            id: string;
                            name: string;
                        }[];
                        items: {
                            id: string;
                            establishmentId: string;
                            establishmentName: string;
                            supplierId: string;
                            supplierName: string;
                            /** @enum {string} */
                            authority: "IVO" | "Socialtilsyn";
                            reference: string;
                            scope: string;
                            /** @enum {string} */
                            status: "valid" | "changed" | "revoked" | "expired" | "applied";
                            validFrom: string | null;
                            validTo: string | null;
                            openCases: number;
                            decisions: string;
                            lastCheckedOn: string | null;
                            lastCheckedBy: {
                                name: string;
                            } | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.createPermit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    establishmentId: string;
                    /** @enum {string} */
                    authority: "IVO" | "Socialtilsyn";
                    reference: string;
                    scope?: string;
                    /** @enum {string} */
                    status: "valid" | "changed" | "revoked" | "expired" | "applied";
                    /** Format: date */
                    validFrom?: string | null;
                    /** Format: date */
                    validTo?: string | null;
                    openCases?: number;
                    decisions?: string;
                    /** Format: date */
                    lastCheckedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        establishmentId: string;
                        establishmentName: string;
                        supplierId: string;
                        supplierName: string;
                        /** @enum {string} */
                        authority: "IVO" | "Socialtilsyn";
                        reference: string;
                        scope: string;
                        /** @enum {string} */
                        status: "valid" | "changed" | "revoked" | "expired" | "applied";
                        validFrom: string | null;
                        validTo: string | null;
                        openCases: number;
                        decisions: string;
                        lastCheckedOn: string | null;
                        lastCheckedBy: {
                            name: string;
                        } | null;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.updatePermit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
                permitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    establishmentId: string;
                    /** @enum {string} */
                    authority: "IVO" | "Socialtilsyn";
                    reference: string;
                    scope?: string;
                    /** @enum {string} */
                    status: "valid" | "changed" | "revoked" | "expired" | "applied";
                    /** Format: date */
                    validFrom?: string | null;
                    /** Format: date */
                    validTo?: string | null;
                    openCases?: number;
                    decisions?: string;
                    /** Format: date */
                    lastCheckedOn?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        establishmentId: string;
                        establishmentName: string;
                        supplierId: string;
                        supplierName: string;
                        /** @enum {string} */
                        authority: "IVO" | "Socialtilsyn";
                        reference: string;
                        scope: string;
                        /** @enum {string} */
                        status: "valid" | "changed" | "revoked" | "expired" | "applied";
                        validFrom: string | null;
                        validTo: string | null;
                        openCases: number;
                        decisions: string;
                        lastCheckedOn: string | null;
                        lastCheckedBy: {
                            name: string;
                        } | null;
                        version: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listPermits": {
        parameters: {
            query?: {
                status?: "valid" | "changed" | "revoked" | "expired" | "applied";
                checkedBefore?: string;
                q?: string;
                limit?: number;
                offset?: number;
                sort?: "lastChecked" | "supplier" | "establishment" | "validTo";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            establishmentId: string;
                            establishmentName: string;
                            supplierId: string;
                            supplierName: string;
                            /** @enum {string} */
                            authority: "IVO" | "Socialtilsyn";
                            reference: string;
                            scope: string;
                            /** @enum {string} */
                            status: "valid" | "changed" | "revoked" | "expired" | "applied";
                            validFrom: string | null;
                            validTo: string | null;
                            openCases: number;
                            decisions: string;
                            lastCheckedOn: string | null;
                            lastCheckedBy: {
                                name: string;
                            } | null;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.exportPermits": {
        parameters: {
            query: {
                status?: "valid" | "changed" | "revoked" | "expired" | "applied";
                checkedBefore?: string;
                q?: string;
                sort?: "lastChecked" | "supplier" | "establishment" | "validTo";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.previewPermitImport": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileProblem: {
                            code: string;
                            message: string;
                        } | null;
                        accepted: {
                            line: number;
                            supplierIdentifier: string;
                            establishmentName: string;
                            /** @enum {string} */
                            authority: "IVO" | "Socialtilsyn";
                            reference: string;
                            /** @enum {string} */
                            status: "valid" | "changed" | "revoked" | "expired" | "applied";
                            /** @enum {string} */
                            action: "create" | "update";
                        }[];
                        rejected: {
                            line: number;
                            supplierIdentifier: string;
                            establishmentName: string;
                            reference: string;
                            reasons: {
                                code: string;
                                column: string | null;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.importPermits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileProblem: {
                            code: string;
                            message: string;
                        } | null;
                        accepted: {
                            line: number;
                            supplierIdentifier: string;
                            establishmentName: string;
                            /** @enum {string} */
                            authority: "IVO" | "Socialtilsyn";
                            reference: string;
                            /** @enum {string} */
                            status: "valid" | "changed" | "revoked" | "expired" | "applied";
                            /** @enum {string} */
                            action: "create" | "update";
                        }[];
                        rejected: {
                            line: number;
                            supplierIdentifier: string;
                            establishmentName: string;
                            reference: string;
                            reasons: {
                                code: string;
                                column: string | null;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        report: {
                            fileProblem: {
                                code: string;
                                message: string;
                            } | null;
                            accepted: {
                                line: number;
                                supplierIdentifier: string;
                                establishmentName: string;
                                /** @enum {string} */
                                authority: "IVO" | "Socialtilsyn";
                                reference: string;
                                /** @enum {string} */
                                status: "valid" | "changed" | "revoked" | "expired" | "applied";
                                /** @enum {string} */
                                action: "create" | "update";
                            }[];
                            rejected: {
                                line: number;
                                supplierIdentifier: string;
                                establishmentName: string;
                                reference: string;
                                reasons: {
                                    code: string;
                                    column: string | null;
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listCompanyDocuments": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "kind" | "title" | "validUntil" | "uploaded";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            supplierId: string;
                            /** @enum {string} */
                            kind: "insurance" | "tax_certificate" | "social_security_certificate" | "collective_agreement" | "quality_system" | "financial_statement" | "other";
                            title: string;
                            validUntil: string | null;
                            /** Format: date-time */
                            expiryWarnedAt: string | null;
                            /** Format: date-time */
                            replacedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                name: string;
                            } | null;
                            file: {
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                            };
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.uploadDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "insurance" | "tax_certificate" | "social_security_certificate" | "collective_agreement" | "quality_system" | "financial_statement" | "other";
                    title: string;
                    /** Format: date */
                    validUntil?: string | null;
                    fileName: string;
                    contentType: string;
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        /** @enum {string} */
                        kind: "insurance" | "tax_certificate" | "social_security_certificate" | "collective_agreement" | "quality_system" | "financial_statement" | "other";
                        title: string;
                        validUntil: string | null;
                        /** Format: date-time */
                        expiryWarnedAt: string | null;
                        /** Format: date-time */
                        replacedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            name: string;
                        } | null;
                        file: {
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.exportCompanyDocuments": {
        parameters: {
            query: {
                sort?: "kind" | "title" | "validUntil" | "uploaded";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.downloadCompanyDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its Content-Type and Content-Disposition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listSupplierDocuments": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "kind" | "title" | "validUntil" | "uploaded";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            supplierId: string;
                            /** @enum {string} */
                            kind: "insurance" | "tax_certificate" | "social_security_certificate" | "collective_agreement" | "quality_system" | "financial_statement" | "other";
                            title: string;
                            validUntil: string | null;
                            /** Format: date-time */
                            expiryWarnedAt: string | null;
                            /** Format: date-time */
                            replacedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                name: string;
                            } | null;
                            file: {
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                            };
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.exportSupplierDocuments": {
        parameters: {
            query: {
                sort?: "kind" | "title" | "validUntil" | "uploaded";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.downloadSupplierDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its Content-Type and Content-Disposition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listCompanyPrices": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "category" | "created" | "validFrom";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        items: {
                            id: string;
                            categoryId: string;
                            categoryCode: string;
                            categoryName: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            organisationName: string;
                            establishmentId: string | null;
                            establishmentName: string | null;
                            agreementId: string | null;
                            agreementReference: string | null;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                            /** @description Minor units (öre, øre, cent) */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            validFrom: string;
                            validTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "agreed";
                            negotiatedOn: string | null;
                            negotiatedBy: {
                                name: string;
                            } | null;
                            note: string;
                            /** Format: date-time */
                            createdAt: string;
                            inForce: boolean;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        categories: {
                            id: string;
                            organisationId: string;
                            organisationName: string;
                            code: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            name: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** @enum {string} */
                            defaultUnit: "hour" | "day" | "month" | "package";
                        }[];
                        establishments: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.proposePrice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    categoryId: string;
                    /** Format: uuid */
                    establishmentId?: string | null;
                    /** @enum {string} */
                    unit: "hour" | "day" | "month" | "package";
                    /** @description Minor units (öre, øre, cent) per unit */
                    amountMinor: number;
                    /** @enum {string} */
                    currency: "SEK" | "DKK" | "EUR";
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    validTo?: string | null;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.listSupplierPrices": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "category" | "created" | "validFrom";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        items: {
                            id: string;
                            categoryId: string;
                            categoryCode: string;
                            categoryName: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            organisationName: string;
                            establishmentId: string | null;
                            establishmentName: string | null;
                            agreementId: string | null;
                            agreementReference: string | null;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                            /** @description Minor units (öre, øre, cent) */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            validFrom: string;
                            validTo: string | null;
                            /** @enum {string} */
                            status: "proposed" | "agreed";
                            negotiatedOn: string | null;
                            negotiatedBy: {
                                name: string;
                            } | null;
                            note: string;
                            /** Format: date-time */
                            createdAt: string;
                            inForce: boolean;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        categories: {
                            id: string;
                            organisationId: string;
                            organisationName: string;
                            code: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            name: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** @enum {string} */
                            defaultUnit: "hour" | "day" | "month" | "package";
                        }[];
                        establishments: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "suppliers.recordAgreedPrice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    categoryId: string;
                    /** Format: uuid */
                    establishmentId?: string | null;
                    /** @enum {string} */
                    unit: "hour" | "day" | "month" | "package";
                    /** @description Minor units (öre, øre, cent) per unit */
                    amountMinor: number;
                    /** @enum {string} */
                    currency: "SEK" | "DKK" | "EUR";
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    validTo?: string | null;
                    note?: string;
                    /** Format: uuid */
                    agreementId?: string | null;
                    /** Format: date */
                    negotiatedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.publishedTaxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisation: {
                            id: string;
                            name: string;
                        };
                        categories: {
                            id: string;
                            code: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            area: string | null;
                            /** @enum {string} */
                            defaultUnit: "hour" | "day" | "month" | "package";
                            names: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** Format: date-time */
                            retiredAt: string | null;
                        }[];
                        targetGroups: {
                            id: string;
                            code: string;
                            names: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** Format: date-time */
                            retiredAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.readTaxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            id: string;
                            code: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            area: string | null;
                            /** @enum {string} */
                            defaultUnit: "hour" | "day" | "month" | "package";
                            names: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** Format: date-time */
                            retiredAt: string | null;
                        }[];
                        targetGroups: {
                            id: string;
                            code: string;
                            names: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** Format: date-time */
                            retiredAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.createCategory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @enum {string} */
                    serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                    area?: string;
                    /** @enum {string} */
                    defaultUnit: "hour" | "day" | "month" | "package";
                    names: {
                        sv: string;
                        da: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        area: string | null;
                        /** @enum {string} */
                        defaultUnit: "hour" | "day" | "month" | "package";
                        names: {
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        retiredAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.renameCategory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names: {
                        sv: string;
                        da: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        area: string | null;
                        /** @enum {string} */
                        defaultUnit: "hour" | "day" | "month" | "package";
                        names: {
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        retiredAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.retireCategory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        area: string | null;
                        /** @enum {string} */
                        defaultUnit: "hour" | "day" | "month" | "package";
                        names: {
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        retiredAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.createTargetGroup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    names: {
                        sv: string;
                        da: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        names: {
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        retiredAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.renameTargetGroup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                targetGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names: {
                        sv: string;
                        da: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        names: {
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        retiredAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.retireTargetGroup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                targetGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        names: {
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        retiredAt: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.list": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "startsOn" | "reference" | "title" | "owner";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            reference: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            ownerId: string;
                            ownerName: string;
                            owned: boolean;
                            participating: boolean;
                            /** @enum {string} */
                            status: "draft" | "active" | "expired" | "terminated";
                            startsOn: string;
                            endsOn: string;
                            currentEndsOn: string;
                            latestPossibleEnd: string;
                            extensionOptions: number[];
                            extensionsUsed: number;
                            longPeriodReason: string | null;
                            terminatedOn: string | null;
                            terminatedReason: string | null;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    title: string;
                    description?: string;
                    /** @enum {string} */
                    country?: "SE" | "DK";
                    /** Format: date */
                    startsOn: string;
                    /** Format: date */
                    endsOn: string;
                    extensionOptions?: number[];
                    longPeriodReason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.export": {
        parameters: {
            query: {
                sort?: "startsOn" | "reference" | "title" | "owner";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.draftingChoices": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        country: "SE" | "DK";
                        categories: {
                            id: string;
                            code: string;
                            nameSv: string;
                            nameDa: string;
                            nameEn: string;
                            /** @enum {string} */
                            defaultUnit: "hour" | "day" | "month" | "package";
                        }[];
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.supplierChoices": {
        parameters: {
            query?: {
                /** @description Part of the name, any case */
                q?: string;
                limit?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    title: string;
                    description?: string;
                    /** @enum {string} */
                    country?: "SE" | "DK";
                    /** Format: date */
                    startsOn: string;
                    /** Format: date */
                    endsOn: string;
                    extensionOptions?: number[];
                    longPeriodReason?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.lots": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "number";
                order?: "asc" | "desc";
                /** @description Part of the name, or the number */
                q?: string;
                categoryId?: string;
                /** @description Lots whose area holds the municipality, and lots for the whole agreement */
                municipalityCode?: string;
            };
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            number: number;
                            name: string;
                            category: {
                                id: string;
                                code: string;
                                nameSv: string;
                                nameDa: string;
                                nameEn: string;
                            };
                            areaMunicipalityCodes: string[];
                            method: {
                                /** @enum {string} */
                                kind: "ranking" | "renewed_competition" | "volume_rule";
                                threshold: number | null;
                                /** @enum {string|null} */
                                unit: "hour" | "day" | "month" | "package" | null;
                            };
                            suppliers: {
                                supplierId: string;
                                name: string;
                                rank: number;
                                /** @enum {string} */
                                status: "active" | "hidden" | "terminated";
                                /** @enum {string} */
                                effectiveStatus: "active" | "hidden" | "terminated";
                                reason: string | null;
                                hiddenFrom: string | null;
                                hiddenTo: string | null;
                                terminatedOn: string | null;
                                price: {
                                    /** @description Minor units (öre, øre, cent) */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "SEK" | "DKK" | "EUR";
                                    /** @enum {string} */
                                    unit: "hour" | "day" | "month" | "package";
                                    validFrom: string;
                                } | null;
                            }[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.addLot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number: number;
                    name: string;
                    /** Format: uuid */
                    categoryId: string;
                    areaMunicipalityCodes?: string[];
                    /** @enum {string} */
                    method: "ranking" | "renewed_competition" | "volume_rule";
                    volumeThreshold?: number | null;
                    /** @enum {string|null} */
                    volumeUnit?: "hour" | "day" | "month" | "package" | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.setMunicipalities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    municipalityIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.updateLot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number: number;
                    name: string;
                    /** Format: uuid */
                    categoryId: string;
                    areaMunicipalityCodes?: string[];
                    /** @enum {string} */
                    method: "ranking" | "renewed_competition" | "volume_rule";
                    volumeThreshold?: number | null;
                    /** @enum {string|null} */
                    volumeUnit?: "hour" | "day" | "month" | "package" | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.deleteLot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                lotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.addLotSupplier": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    supplierId: string;
                    rank?: number;
                    price?: {
                        /** @description Minor units (öre, øre, cent) per unit */
                        amountMinor: number;
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        /** @enum {string} */
                        unit?: "hour" | "day" | "month" | "package";
                        /** Format: date */
                        validFrom?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.removeLotSupplier": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                lotId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.rerankLot": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                lotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    supplierIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.changeSupplierStatus": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "hide" | "lift" | "terminate";
                    /** Format: uuid */
                    lotId?: string;
                    reason?: string;
                    /** Format: date */
                    from?: string;
                    /** Format: date */
                    to?: string | null;
                    /** Format: date */
                    effectiveOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        supplierId: string;
                        name: string;
                        events: {
                            items: {
                                id: string;
                                lotId: string | null;
                                lotNumber: number | null;
                                lotName: string | null;
                                /** @enum {string} */
                                status: "active" | "hidden" | "terminated";
                                reason: string | null;
                                effectiveFrom: string | null;
                                effectiveTo: string | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.supplierTimeline": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "at";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        supplierId: string;
                        name: string;
                        events: {
                            items: {
                                id: string;
                                lotId: string | null;
                                lotNumber: number | null;
                                lotName: string | null;
                                /** @enum {string} */
                                status: "active" | "hidden" | "terminated";
                                reason: string | null;
                                effectiveFrom: string | null;
                                effectiveTo: string | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.addRequirement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                    parameters: {
                        [key: string]: unknown;
                    };
                    /** Format: uuid */
                    lotId?: string | null;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.removeRequirement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.useExtension": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.terminate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reason: string;
                    /** Format: date */
                    terminatedOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        ownerId: string;
                        ownerName: string;
                        owned: boolean;
                        participating: boolean;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        startsOn: string;
                        endsOn: string;
                        currentEndsOn: string;
                        latestPossibleEnd: string;
                        extensionOptions: number[];
                        extensionsUsed: number;
                        longPeriodReason: string | null;
                        terminatedOn: string | null;
                        terminatedReason: string | null;
                        version: number;
                        today: string;
                        municipalities: {
                            id: string;
                            name: string;
                            municipalityCode: string | null;
                        }[];
                        lotCount: number;
                        nextLotNumber: number;
                        requirements: {
                            id: string;
                            lotId: string | null;
                            lot: {
                                number: number;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            parameters: {
                                [key: string]: unknown;
                            };
                            description: string;
                        }[];
                        activationGaps: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.callOffEligibility": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "number";
                order?: "asc" | "desc";
                /** @description Part of the name, or the number */
                q?: string;
                categoryId?: string;
                /** @description Lots whose area holds the municipality, and lots for the whole agreement */
                municipalityCode?: string;
            };
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreementId: string;
                        today: string;
                        /** @enum {string} */
                        status: "draft" | "active" | "expired" | "terminated";
                        mayCallOff: boolean;
                        reason: string | null;
                        lots: {
                            id: string;
                            number: number;
                            name: string;
                            categoryId: string;
                            areaMunicipalityCodes: string[];
                            method: {
                                /** @enum {string} */
                                kind: "ranking" | "renewed_competition" | "volume_rule";
                                threshold: number | null;
                                /** @enum {string|null} */
                                unit: "hour" | "day" | "month" | "package" | null;
                            };
                            activeSuppliers: {
                                supplierId: string;
                                name: string;
                                rank: number;
                            }[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.listDps": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "created" | "title" | "reference" | "validTo";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            reference: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            validFrom: string;
                            validTo: string;
                            initialPeriodEndsOn: string;
                            ownerIsCentralPurchasingBody: boolean;
                            agreedTenderPeriodDays: number | null;
                            /** Format: date-time */
                            openedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            closedReason: string | null;
                            version: number;
                            owner: {
                                id: string;
                                name: string;
                            };
                            categories: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string|null} */
                                myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                            }[];
                            isOwner: boolean;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.createDps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    title: string;
                    description?: string;
                    /** @enum {string} */
                    country: "SE" | "DK";
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    validTo: string;
                    /** Format: date */
                    initialPeriodEndsOn: string;
                    ownerIsCentralPurchasingBody: boolean;
                    agreedTenderPeriodDays?: number | null;
                    categoryIds: string[];
                    municipalityIds?: string[];
                    requirements: {
                        /** @enum {string} */
                        kind: "declaration" | "numeric_minimum" | "document";
                        textSv: string;
                        textDa: string;
                        textEn: string;
                        minimum?: number | null;
                        unit?: string | null;
                        /** @enum {string|null} */
                        documentKind?: "insurance" | "tax_certificate" | "social_security_certificate" | "collective_agreement" | "quality_system" | "financial_statement" | "other" | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        validFrom: string;
                        validTo: string;
                        initialPeriodEndsOn: string;
                        ownerIsCentralPurchasingBody: boolean;
                        agreedTenderPeriodDays: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        closedReason: string | null;
                        version: number;
                        owner: {
                            id: string;
                            name: string;
                        };
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        isOwner: boolean;
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                        validityChanges: {
                            previousValidTo: string;
                            newValidTo: string;
                            reason: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        municipalities: {
                            id: string;
                            name: string;
                        }[];
                        callOffs: {
                            mayStart: boolean;
                            /** @enum {string|null} */
                            reason: "initial_period_running" | "undecided_applications" | null;
                            undecided: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.exportDps": {
        parameters: {
            query: {
                sort?: "created" | "title" | "reference" | "validTo";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.dpsSetUpChoices": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        municipalities: {
                            id: string;
                            name: string;
                        }[];
                        requirements: {
                            code: string;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            textSv: string;
                            textDa: string;
                            textEn: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.readDps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        validFrom: string;
                        validTo: string;
                        initialPeriodEndsOn: string;
                        ownerIsCentralPurchasingBody: boolean;
                        agreedTenderPeriodDays: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        closedReason: string | null;
                        version: number;
                        owner: {
                            id: string;
                            name: string;
                        };
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        isOwner: boolean;
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                        validityChanges: {
                            previousValidTo: string;
                            newValidTo: string;
                            reason: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        municipalities: {
                            id: string;
                            name: string;
                        }[];
                        callOffs: {
                            mayStart: boolean;
                            /** @enum {string|null} */
                            reason: "initial_period_running" | "undecided_applications" | null;
                            undecided: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.openDps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        validFrom: string;
                        validTo: string;
                        initialPeriodEndsOn: string;
                        ownerIsCentralPurchasingBody: boolean;
                        agreedTenderPeriodDays: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        closedReason: string | null;
                        version: number;
                        owner: {
                            id: string;
                            name: string;
                        };
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        isOwner: boolean;
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                        validityChanges: {
                            previousValidTo: string;
                            newValidTo: string;
                            reason: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        municipalities: {
                            id: string;
                            name: string;
                        }[];
                        callOffs: {
                            mayStart: boolean;
                            /** @enum {string|null} */
                            reason: "initial_period_running" | "undecided_applications" | null;
                            undecided: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.changeDpsValidity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    validTo: string;
                    reason: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        validFrom: string;
                        validTo: string;
                        initialPeriodEndsOn: string;
                        ownerIsCentralPurchasingBody: boolean;
                        agreedTenderPeriodDays: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        closedReason: string | null;
                        version: number;
                        owner: {
                            id: string;
                            name: string;
                        };
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        isOwner: boolean;
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                        validityChanges: {
                            previousValidTo: string;
                            newValidTo: string;
                            reason: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        municipalities: {
                            id: string;
                            name: string;
                        }[];
                        callOffs: {
                            mayStart: boolean;
                            /** @enum {string|null} */
                            reason: "initial_period_running" | "undecided_applications" | null;
                            undecided: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.closeDps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        validFrom: string;
                        validTo: string;
                        initialPeriodEndsOn: string;
                        ownerIsCentralPurchasingBody: boolean;
                        agreedTenderPeriodDays: number | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        closedReason: string | null;
                        version: number;
                        owner: {
                            id: string;
                            name: string;
                        };
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        isOwner: boolean;
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                        validityChanges: {
                            previousValidTo: string;
                            newValidTo: string;
                            reason: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        municipalities: {
                            id: string;
                            name: string;
                        }[];
                        callOffs: {
                            mayStart: boolean;
                            /** @enum {string|null} */
                            reason: "initial_period_running" | "undecided_applications" | null;
                            undecided: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.listDpsApplications": {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                limit?: number;
                offset?: number;
                sort?: "decisionDue" | "received" | "supplier" | "dps";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            dps: {
                                id: string;
                                title: string;
                                reference: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed";
                                closedReason: string | null;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                            categories: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string|null} */
                                myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                            }[];
                            /** Format: date-time */
                            receivedAt: string;
                            inInitialPeriod: boolean;
                            /** Format: date-time */
                            decisionDueAt: string;
                            extended: boolean;
                            extensionReason: string | null;
                            overdue: boolean;
                            workingDaysLeft: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decisionReason: string | null;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.exportDpsApplications": {
        parameters: {
            query: {
                status?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                sort?: "decisionDue" | "received" | "supplier" | "dps";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.readDpsApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.approveDpsApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.rejectDpsApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.excludeDpsApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.extendDpsDecision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.listDpsSuppliers": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "category" | "supplier";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string|null} */
                                myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.listDpsDeclarationRequests": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "requested" | "due" | "supplier" | "dps";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            dps: {
                                id: string;
                                title: string;
                                reference: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            answeredAt: string | null;
                            answers: {
                                requirementId: string;
                                declared: boolean;
                            }[];
                            requirements?: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            }[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.requestDpsDeclaration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    supplierId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        answeredAt: string | null;
                        answers: {
                            requirementId: string;
                            declared: boolean;
                        }[];
                        requirements?: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.exportDpsDeclarationRequests": {
        parameters: {
            query: {
                sort?: "requested" | "due" | "supplier" | "dps";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.dpsMarket": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "created" | "title" | "reference" | "validTo";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            reference: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            validFrom: string;
                            validTo: string;
                            initialPeriodEndsOn: string;
                            ownerIsCentralPurchasingBody: boolean;
                            agreedTenderPeriodDays: number | null;
                            /** Format: date-time */
                            openedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            closedReason: string | null;
                            version: number;
                            owner: {
                                id: string;
                                name: string;
                            };
                            categories: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string|null} */
                                myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                            }[];
                            requirements: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            }[];
                            validityChanges: {
                                previousValidTo: string;
                                newValidTo: string;
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        documents: {
                            id: string;
                            /** @enum {string} */
                            kind: "insurance" | "tax_certificate" | "social_security_certificate" | "collective_agreement" | "quality_system" | "financial_statement" | "other";
                            title: string;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.applyToDps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categoryIds: string[];
                    answers: ({
                        /** Format: uuid */
                        requirementId: string;
                        declared: boolean;
                    } | {
                        /** Format: uuid */
                        requirementId: string;
                        value: number;
                    } | {
                        /** Format: uuid */
                        requirementId: string;
                        /** Format: uuid */
                        documentId: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.listDpsPeers": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "category" | "supplier";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string|null} */
                                myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.listOwnDpsApplications": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "decisionDue" | "received" | "supplier" | "dps";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            dps: {
                                id: string;
                                title: string;
                                reference: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed";
                                closedReason: string | null;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                            categories: {
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string|null} */
                                myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                            }[];
                            /** Format: date-time */
                            receivedAt: string;
                            inInitialPeriod: boolean;
                            /** Format: date-time */
                            decisionDueAt: string;
                            extended: boolean;
                            extensionReason: string | null;
                            overdue: boolean;
                            workingDaysLeft: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decisionReason: string | null;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.exportOwnDpsApplications": {
        parameters: {
            query: {
                sort?: "decisionDue" | "received" | "supplier" | "dps";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.readOwnDpsApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.withdrawDpsApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closedReason: string | null;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "withdrawn" | "excluded";
                        categories: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string|null} */
                            myStatus?: "pending" | "approved" | "rejected" | "withdrawn" | "excluded" | null;
                        }[];
                        /** Format: date-time */
                        receivedAt: string;
                        inInitialPeriod: boolean;
                        /** Format: date-time */
                        decisionDueAt: string;
                        extended: boolean;
                        extensionReason: string | null;
                        overdue: boolean;
                        workingDaysLeft: number | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decisionReason: string | null;
                        version: number;
                        answers: {
                            requirement: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            };
                            declared: boolean | null;
                            value: number | null;
                            document: {
                                id: string;
                                title: string;
                                validUntil: string | null;
                            } | null;
                            meets: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.listOwnDeclarationRequests": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "requested" | "due" | "supplier" | "dps";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            dps: {
                                id: string;
                                title: string;
                                reference: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            answeredAt: string | null;
                            answers: {
                                requirementId: string;
                                declared: boolean;
                            }[];
                            requirements?: {
                                id: string;
                                position: number;
                                /** @enum {string} */
                                kind: "declaration" | "numeric_minimum" | "document";
                                text: string;
                                minimum: number | null;
                                unit: string | null;
                                documentKind: string | null;
                            }[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.exportOwnDeclarationRequests": {
        parameters: {
            query: {
                sort?: "requested" | "due" | "supplier" | "dps";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "agreements.answerDeclarationRequest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        /** Format: uuid */
                        requirementId: string;
                        declared: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        dps: {
                            id: string;
                            title: string;
                            reference: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        answeredAt: string | null;
                        answers: {
                            requirementId: string;
                            declared: boolean;
                        }[];
                        requirements?: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            kind: "declaration" | "numeric_minimum" | "document";
                            text: string;
                            minimum: number | null;
                            unit: string | null;
                            documentKind: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.searchCatalogue": {
        parameters: {
            query?: {
                category?: string;
                targetGroup?: string;
                age?: number;
                gender?: "female" | "male";
                municipality?: string;
                near?: string;
                maxDistanceKm?: number;
                minFreePlaces?: number;
                permitValid?: boolean;
                /** @description Minor units (öre, øre, cent) per unit */
                priceMin?: number;
                /** @description Minor units (öre, øre, cent) per unit */
                priceMax?: number;
                sort?: "name" | "price" | "distance";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            city: string;
                            municipality: {
                                code: string;
                                name: string;
                            };
                            placesTotal: number;
                            placesFree: number;
                            /** Format: date-time */
                            placesUpdatedAt: string | null;
                            targetGroups: string[];
                            ageMin: number;
                            ageMax: number;
                            /** @enum {string} */
                            gender: "any" | "female" | "male";
                            methods: string[];
                            languages: string[];
                            supplier: {
                                id: string;
                                name: string;
                            };
                            distanceKm: number | null;
                            /** @enum {string} */
                            permitStatus: "valid" | "problem" | "none";
                            price: {
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                                /** @enum {string} */
                                unit: "hour" | "day" | "month" | "package";
                                validFrom: string;
                                validTo: string | null;
                                /** @enum {string} */
                                source: "agreed" | "tariff";
                            } | null;
                            hidden: boolean;
                            terminated: boolean;
                        }[];
                        /** @description How many establishments match, counted exactly up to 1 000 (or to the end of a page beyond that). */
                        total: number;
                        /** @description True when more than `total` establishments match: the count stopped there. */
                        totalCapped: boolean;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.catalogueFilters": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: {
                            id: string;
                            code: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            /** @enum {string} */
                            defaultUnit: "hour" | "day" | "month" | "package";
                            names: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                            body: {
                                id: string;
                                name: string;
                            };
                        }[];
                        targetGroups: {
                            code: string;
                            names: {
                                sv: string;
                                da: string;
                                en: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.listOffers": {
        parameters: {
            query?: {
                stale?: boolean;
                limit?: number;
                offset?: number;
                sort?: "name" | "confirmedAt";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            /** @enum {string} */
                            country: "SE" | "DK";
                            /** @enum {string} */
                            form: "establishment" | "team" | "consultant_pool";
                            legalBases: string[];
                            targetGroups: string[];
                            ageMin: number;
                            ageMax: number;
                            /** @enum {string} */
                            gender: "any" | "female" | "male";
                            placesTotal: number;
                            placesFree: number;
                            nextFreeOn: string | null;
                            assumedOccupancyPercent: number | null;
                            tariffs: {
                                id: string;
                                /** @enum {string} */
                                unit: "hour" | "day" | "month" | "package";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                                validFrom: string;
                                negotiatedOn: string | null;
                                negotiatedByName: string | null;
                                inForce: boolean;
                            }[];
                            assessment: {
                                authority: string;
                                assessedOn: string;
                                scores: {
                                    education_employment: number;
                                    independence_relations: number;
                                    target_group_methods_results: number;
                                    health_wellbeing: number;
                                    organisation_management: number;
                                    competences: number;
                                    physical_setting: number;
                                };
                            } | null;
                            approval: {
                                /** @enum {string} */
                                status: "approved" | "pending" | "not_approved";
                                since: string | null;
                            };
                            freshness: {
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedBy: {
                                    name: string;
                                } | null;
                                stale: boolean;
                                limitDays: number;
                            };
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.confirmOffers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    establishmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmed: number;
                        /** Format: date-time */
                        confirmedAt: string;
                        confirmedBy: {
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.previewOfferImport": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileProblem: {
                            code: string;
                            message: string;
                        } | null;
                        accepted: {
                            line: number;
                            establishmentName: string;
                            capacity: boolean;
                            tariff: boolean;
                            assessment: boolean;
                        }[];
                        rejected: {
                            line: number;
                            establishmentName: string;
                            reasons: {
                                code: string;
                                column: string | null;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.importOffers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileProblem: {
                            code: string;
                            message: string;
                        } | null;
                        accepted: {
                            line: number;
                            establishmentName: string;
                            capacity: boolean;
                            tariff: boolean;
                            assessment: boolean;
                        }[];
                        rejected: {
                            line: number;
                            establishmentName: string;
                            reasons: {
                                code: string;
                                column: string | null;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        report: {
                            fileProblem: {
                                code: string;
                                message: string;
                            } | null;
                            accepted: {
                                line: number;
                                establishmentName: string;
                                capacity: boolean;
                                tariff: boolean;
                                assessment: boolean;
                            }[];
                            rejected: {
                                line: number;
                                establishmentName: string;
                                reasons: {
                                    code: string;
                                    column: string | null;
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "matching.getOffer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        form: "establishment" | "team" | "consultant_pool";
                        legalBases: string[];
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        placesTotal: number;
                        placesFree: number;
                        nextFreeOn: string | null;
                        assumedOccupancyPercent: number | null;
                        tariffs: {
                            id: string;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                            /** @description Minor units (öre, øre, cent) */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            validFrom: string;
                            negotiatedOn: string | null;
                            negotiatedByName: string | null;
                            inForce: boolean;
                        }[];
                        assessment: {
                            authority: string;
                            assessedOn: string;
                            scores: {
                                education_employment: number;
                                independence_relations: number;
                                target_group_methods_results: number;
                                health_wellbeing: number;
                                organisation_management: number;
                                competences: number;
                                physical_setting: number;
                            };
                        } | null;
                        approval: {
                            /** @enum {string} */
                            status: "approved" | "pending" | "not_approved";
                            since: string | null;
                        };
                        freshness: {
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                name: string;
                            } | null;
                            stale: boolean;
                            limitDays: number;
                        };
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.updateOffer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    form: "establishment" | "team" | "consultant_pool";
                    legalBases: ("dk_bl_32" | "dk_sel_85" | "dk_sel_107" | "dk_sel_108" | "se_sol" | "se_lss")[];
                    placesTotal: number;
                    placesFree: number;
                    /** Format: date */
                    nextFreeOn: string | null;
                    assumedOccupancyPercent: number | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        form: "establishment" | "team" | "consultant_pool";
                        legalBases: string[];
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        placesTotal: number;
                        placesFree: number;
                        nextFreeOn: string | null;
                        assumedOccupancyPercent: number | null;
                        tariffs: {
                            id: string;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                            /** @description Minor units (öre, øre, cent) */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            validFrom: string;
                            negotiatedOn: string | null;
                            negotiatedByName: string | null;
                            inForce: boolean;
                        }[];
                        assessment: {
                            authority: string;
                            assessedOn: string;
                            scores: {
                                education_employment: number;
                                independence_relations: number;
                                target_group_methods_results: number;
                                health_wellbeing: number;
                                organisation_management: number;
                                competences: number;
                                physical_setting: number;
                            };
                        } | null;
                        approval: {
                            /** @enum {string} */
                            status: "approved" | "pending" | "not_approved";
                            since: string | null;
                        };
                        freshness: {
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                name: string;
                            } | null;
                            stale: boolean;
                            limitDays: number;
                        };
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.addOfferTariff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    unit: "hour" | "day" | "month" | "package";
                    /** @description Minor units (öre, øre, cent) per unit */
                    amountMinor: number;
                    /** @enum {string} */
                    currency: "SEK" | "DKK" | "EUR";
                    /** Format: date */
                    validFrom: string;
                    /** Format: date */
                    negotiatedOn?: string | null;
                    negotiatedByName?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        form: "establishment" | "team" | "consultant_pool";
                        legalBases: string[];
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        placesTotal: number;
                        placesFree: number;
                        nextFreeOn: string | null;
                        assumedOccupancyPercent: number | null;
                        tariffs: {
                            id: string;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                            /** @description Minor units (öre, øre, cent) */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            validFrom: string;
                            negotiatedOn: string | null;
                            negotiatedByName: string | null;
                            inForce: boolean;
                        }[];
                        assessment: {
                            authority: string;
                            assessedOn: string;
                            scores: {
                                education_employment: number;
                                independence_relations: number;
                                target_group_methods_results: number;
                                health_wellbeing: number;
                                organisation_management: number;
                                competences: number;
                                physical_setting: number;
                            };
                        } | null;
                        approval: {
                            /** @enum {string} */
                            status: "approved" | "pending" | "not_approved";
                            since: string | null;
                        };
                        freshness: {
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                name: string;
                            } | null;
                            stale: boolean;
                            limitDays: number;
                        };
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.addOfferAssessment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    assessedOn: string;
                    scores: {
                        education_employment: number;
                        independence_relations: number;
                        target_group_methods_results: number;
                        health_wellbeing: number;
                        organisation_management: number;
                        competences: number;
                        physical_setting: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        form: "establishment" | "team" | "consultant_pool";
                        legalBases: string[];
                        targetGroups: string[];
                        ageMin: number;
                        ageMax: number;
                        /** @enum {string} */
                        gender: "any" | "female" | "male";
                        placesTotal: number;
                        placesFree: number;
                        nextFreeOn: string | null;
                        assumedOccupancyPercent: number | null;
                        tariffs: {
                            id: string;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                            /** @description Minor units (öre, øre, cent) */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            validFrom: string;
                            negotiatedOn: string | null;
                            negotiatedByName: string | null;
                            inForce: boolean;
                        }[];
                        assessment: {
                            authority: string;
                            assessedOn: string;
                            scores: {
                                education_employment: number;
                                independence_relations: number;
                                target_group_methods_results: number;
                                health_wellbeing: number;
                                organisation_management: number;
                                competences: number;
                                physical_setting: number;
                            };
                        } | null;
                        approval: {
                            /** @enum {string} */
                            status: "approved" | "pending" | "not_approved";
                            since: string | null;
                        };
                        freshness: {
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                name: string;
                            } | null;
                            stale: boolean;
                            limitDays: number;
                        };
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.offerFreshness": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "confirmedAt" | "supplier";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        limitDays: number;
                        goal: number;
                        confirmedWithinLimit: number;
                        total: number;
                        share: number;
                        meetsGoal: boolean;
                        stale: {
                            items: {
                                id: string;
                                name: string;
                                supplier: {
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedBy: {
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                remindedAt: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.listMeetingNotes": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "metOn";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            supplierId: string;
                            metOn: string;
                            participants: string;
                            learned: string;
                            createdBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.addMeetingNote": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    metOn: string;
                    participants: string;
                    learned: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        supplierId: string;
                        metOn: string;
                        participants: string;
                        learned: string;
                        createdBy: {
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.getSettings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        freshnessLimitDays: number;
                        allowOutsideAgreements: boolean;
                        weights: {
                            distance: number;
                            cost: number;
                            quality: number;
                            freshness: number;
                            continuity: number;
                        };
                        weightsAreDefault: boolean;
                        /** Format: date-time */
                        updatedAt: string | null;
                        updatedBy: {
                            name: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.putSettings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    freshnessLimitDays: number;
                    allowOutsideAgreements: boolean;
                    weights: {
                        distance: number;
                        cost: number;
                        quality: number;
                        freshness: number;
                        continuity: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        freshnessLimitDays: number;
                        allowOutsideAgreements: boolean;
                        weights: {
                            distance: number;
                            cost: number;
                            quality: number;
                            freshness: number;
                            continuity: number;
                        };
                        weightsAreDefault: boolean;
                        /** Format: date-time */
                        updatedAt: string | null;
                        updatedBy: {
                            name: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.referralProposals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        referral: {
                            id: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            startOn: string;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            state: string;
                        };
                        settings: {
                            freshnessLimitDays: number;
                            allowOutsideAgreements: boolean;
                            weights: {
                                [key: string]: number;
                            };
                        };
                        /** @description The best proposals (at most `limit`), in rank order; `total` counts them all */
                        proposals: {
                            total: number;
                            limit: number;
                            items: {
                                rank: number;
                                total: number;
                                offer: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    form: "establishment" | "team" | "consultant_pool";
                                    placesTotal: number;
                                    placesFree: number;
                                    nextFreeOn: string | null;
                                    confirmedAt: string | null;
                                    /** @enum {string} */
                                    approval: "approved" | "pending" | "not_approved";
                                    assessedOn: string | null;
                                    themeScores: {
                                        education_employment: number;
                                        independence_relations: number;
                                        target_group_methods_results: number;
                                        health_wellbeing: number;
                                        organisation_management: number;
                                        competences: number;
                                        physical_setting: number;
                                    } | null;
                                    routes: {
                                        /** @enum {string} */
                                        kind: "agreement" | "dps";
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                supplier: {
                                    id: string;
                                    name: string;
                                    meetingNotes: {
                                        id: string;
                                        metOn: string;
                                        participants: string;
                                        learned: string;
                                    }[];
                                };
                                passed: ("service_kind" | "legal_basis" | "target_group" | "age" | "gender" | "capacity" | "languages" | "approval" | "not_blocked" | "route" | "tariff")[];
                                parts: {
                                    /** @enum {string} */
                                    code: "distance" | "cost" | "quality" | "freshness" | "continuity";
                                    score: number;
                                    weight: number;
                                    points: number;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                }[];
                                expectedCost: {
                                    /** @description Minor units (öre, øre, cent) */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "SEK" | "DKK" | "EUR";
                                };
                                distanceKm: number;
                                stale: boolean;
                                outsideAgreements: boolean;
                                notApproved: boolean;
                            }[];
                        };
                        /** @description Every excluded offer counted once under the first constraint it fails; at most `limit` listed with all their reasons */
                        exclusions: {
                            total: number;
                            limit: number;
                            byReason: {
                                /** @enum {string} */
                                code: "service_kind" | "legal_basis" | "target_group" | "age" | "gender" | "capacity" | "languages" | "approval" | "not_blocked" | "route" | "tariff";
                                count: number;
                            }[];
                            items: {
                                offer: {
                                    id: string;
                                    name: string;
                                };
                                supplier: {
                                    id: string;
                                    name: string;
                                };
                                failures: {
                                    /** @enum {string} */
                                    code: "service_kind" | "legal_basis" | "target_group" | "age" | "gender" | "capacity" | "languages" | "approval" | "not_blocked" | "route" | "tariff";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.priceCorridor": {
        parameters: {
            query?: {
                serviceKind?: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                unit?: "hour" | "day" | "month" | "package";
                currency?: "SEK" | "DKK" | "EUR";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            count: number;
                            /** @description Minor units (öre, øre, cent) */
                            lowest: number;
                            /** @description Minor units (öre, øre, cent) */
                            lowerQuartile: number;
                            /** @description Minor units (öre, øre, cent) */
                            median: number;
                            /** @description Minor units (öre, øre, cent) */
                            upperQuartile: number;
                            /** @description Minor units (öre, øre, cent) */
                            highest: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.listReferrals": {
        parameters: {
            query?: {
                view?: "mine" | "queue";
                state?: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                overdueFirst?: boolean;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            caseReference: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            legalBasis: string;
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            /** @enum {string} */
                            state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                            /** Format: date */
                            startOn: string;
                            /** Format: date-time */
                            sentAt: string;
                            ageHours: number;
                            /** Format: date-time */
                            dueAt: string;
                            /** @enum {string} */
                            clock: "due" | "overdue" | "closed";
                            sentBy: {
                                id: string;
                                name: string;
                            };
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.sendReferral": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "new" | "extension" | "adjustment";
                    /** Format: uuid */
                    orderId: string | null;
                    /** @enum {string} */
                    serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                    legalBasis: string;
                    purpose: string;
                    /** Format: date */
                    startOn: string;
                    expectedDurationDays: number;
                    intensity: {
                        /** @enum {string} */
                        kind: "hours_per_week";
                        hoursPerWeek: number;
                    } | {
                        /** @enum {string} */
                        kind: "place";
                    };
                    /** @enum {string} */
                    urgency: "today" | "within_5_working_days" | "later";
                    person: {
                        age: number;
                        /** @enum {string} */
                        gender: "female" | "male" | "other" | "not_stated";
                        targetGroups: string[];
                        needs: string;
                        languages: string[];
                        siblingCaseReferences: string[];
                        homeMunicipalityCode: string;
                        preferredArea: {
                            label: string;
                            lat: number;
                            lon: number;
                        } | null;
                    };
                    caseReference: string;
                    cannotLiveWith: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "new" | "extension" | "adjustment";
                        caseReference: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        legalBasis: string;
                        /** @enum {string} */
                        urgency: "today" | "within_5_working_days" | "later";
                        /** @enum {string} */
                        state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                        /** Format: date */
                        startOn: string;
                        /** Format: date-time */
                        sentAt: string;
                        ageHours: number;
                        /** Format: date-time */
                        dueAt: string;
                        /** @enum {string} */
                        clock: "due" | "overdue" | "closed";
                        sentBy: {
                            id: string;
                            name: string;
                        };
                        assignee: {
                            id: string;
                            name: string;
                        } | null;
                        version: number;
                        orderId: string | null;
                        orderReference: string | null;
                        purpose: string;
                        expectedDurationDays: number;
                        intensity: {
                            /** @enum {string} */
                            kind: "hours_per_week";
                            hoursPerWeek: number;
                        } | {
                            /** @enum {string} */
                            kind: "place";
                        };
                        person: {
                            age: number;
                            /** @enum {string} */
                            gender: "female" | "male" | "other" | "not_stated";
                            targetGroups: string[];
                            needs: string;
                            languages: string[];
                            siblingCaseReferences: string[];
                            homeMunicipalityCode: string;
                            preferredArea: {
                                label: string;
                                lat: number;
                                lon: number;
                            } | null;
                        };
                        hasCannotLiveWith: boolean;
                        withdrawalReason: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.referralOrderChoices": {
        parameters: {
            query?: {
                /** @description Part of the name, any case */
                q?: string;
                limit?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            reference: string;
                            supplierName: string;
                            offerName: string | null;
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.readReferral": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "new" | "extension" | "adjustment";
                        caseReference: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        legalBasis: string;
                        /** @enum {string} */
                        urgency: "today" | "within_5_working_days" | "later";
                        /** @enum {string} */
                        state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                        /** Format: date */
                        startOn: string;
                        /** Format: date-time */
                        sentAt: string;
                        ageHours: number;
                        /** Format: date-time */
                        dueAt: string;
                        /** @enum {string} */
                        clock: "due" | "overdue" | "closed";
                        sentBy: {
                            id: string;
                            name: string;
                        };
                        assignee: {
                            id: string;
                            name: string;
                        } | null;
                        version: number;
                        orderId: string | null;
                        orderReference: string | null;
                        purpose: string;
                        expectedDurationDays: number;
                        intensity: {
                            /** @enum {string} */
                            kind: "hours_per_week";
                            hoursPerWeek: number;
                        } | {
                            /** @enum {string} */
                            kind: "place";
                        };
                        person: {
                            age: number;
                            /** @enum {string} */
                            gender: "female" | "male" | "other" | "not_stated";
                            targetGroups: string[];
                            needs: string;
                            languages: string[];
                            siblingCaseReferences: string[];
                            homeMunicipalityCode: string;
                            preferredArea: {
                                label: string;
                                lat: number;
                                lon: number;
                            } | null;
                        };
                        hasCannotLiveWith: boolean;
                        withdrawalReason: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.changeReferral": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: uuid */
                    assigneeId?: string | null;
                    /** @enum {string} */
                    state?: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "new" | "extension" | "adjustment";
                        caseReference: string;
                        /** @enum {string} */
                        serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                        legalBasis: string;
                        /** @enum {string} */
                        urgency: "today" | "within_5_working_days" | "later";
                        /** @enum {string} */
                        state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                        /** Format: date */
                        startOn: string;
                        /** Format: date-time */
                        sentAt: string;
                        ageHours: number;
                        /** Format: date-time */
                        dueAt: string;
                        /** @enum {string} */
                        clock: "due" | "overdue" | "closed";
                        sentBy: {
                            id: string;
                            name: string;
                        };
                        assignee: {
                            id: string;
                            name: string;
                        } | null;
                        version: number;
                        orderId: string | null;
                        orderReference: string | null;
                        purpose: string;
                        expectedDurationDays: number;
                        intensity: {
                            /** @enum {string} */
                            kind: "hours_per_week";
                            hoursPerWeek: number;
                        } | {
                            /** @enum {string} */
                            kind: "place";
                        };
                        person: {
                            age: number;
                            /** @enum {string} */
                            gender: "female" | "male" | "other" | "not_stated";
                            targetGroups: string[];
                            needs: string;
                            languages: string[];
                            siblingCaseReferences: string[];
                            homeMunicipalityCode: string;
                            preferredArea: {
                                label: string;
                                lat: number;
                                lon: number;
                            } | null;
                        };
                        hasCannotLiveWith: boolean;
                        withdrawalReason: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.readCannotLiveWith": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cannotLiveWith: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.readSurvey": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        referral: {
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            /** @enum {string} */
                            state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            /** @description The order the choice made or changed */
                            orderId: string | null;
                            choiceReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        };
                        consideredOffers: number;
                        /** @description Offers of the referral's kind that matching's first checks (legal basis, target group, age, gender, language, route) left out when the survey began: counted, not listed */
                        consideredLeftOut: number;
                        requests: {
                            id: string;
                            offer: {
                                id: string;
                                name: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            acute: boolean;
                            /** Format: date-time */
                            sentAt: string;
                            sentBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            replyBy: string;
                            /** @enum {string} */
                            state: "sent" | "answered" | "expired" | "withdrawn";
                            answer: {
                                available: boolean;
                                /** Format: date */
                                earliestStart: string | null;
                                priceMinor: number | null;
                                /** @enum {string|null} */
                                priceUnit: "hour" | "day" | "month" | "package" | null;
                                /** @enum {string|null} */
                                currency: "SEK" | "DKK" | "EUR" | null;
                                questions: string;
                                /** Format: date-time */
                                placeHeldUntil: string | null;
                                /** Format: date-time */
                                answeredAt: string;
                            } | null;
                            rounds: {
                                round: number;
                                priceAskedMinor: number;
                                priceAgreedMinor: number | null;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                                /** @enum {string} */
                                unit: "hour" | "day" | "month" | "package";
                                note: string;
                                recordedBy: {
                                    name: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chosen: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.sendSurveyRequests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    establishmentIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        referral: {
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            /** @enum {string} */
                            state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            /** @description The order the choice made or changed */
                            orderId: string | null;
                            choiceReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        };
                        consideredOffers: number;
                        /** @description Offers of the referral's kind that matching's first checks (legal basis, target group, age, gender, language, route) left out when the survey began: counted, not listed */
                        consideredLeftOut: number;
                        requests: {
                            id: string;
                            offer: {
                                id: string;
                                name: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            acute: boolean;
                            /** Format: date-time */
                            sentAt: string;
                            sentBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            replyBy: string;
                            /** @enum {string} */
                            state: "sent" | "answered" | "expired" | "withdrawn";
                            answer: {
                                available: boolean;
                                /** Format: date */
                                earliestStart: string | null;
                                priceMinor: number | null;
                                /** @enum {string|null} */
                                priceUnit: "hour" | "day" | "month" | "package" | null;
                                /** @enum {string|null} */
                                currency: "SEK" | "DKK" | "EUR" | null;
                                questions: string;
                                /** Format: date-time */
                                placeHeldUntil: string | null;
                                /** Format: date-time */
                                answeredAt: string;
                            } | null;
                            rounds: {
                                round: number;
                                priceAskedMinor: number;
                                priceAgreedMinor: number | null;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                                /** @enum {string} */
                                unit: "hour" | "day" | "month" | "package";
                                note: string;
                                recordedBy: {
                                    name: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chosen: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.sendAcuteSurvey": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        referral: {
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            /** @enum {string} */
                            state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            /** @description The order the choice made or changed */
                            orderId: string | null;
                            choiceReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        };
                        consideredOffers: number;
                        /** @description Offers of the referral's kind that matching's first checks (legal basis, target group, age, gender, language, route) left out when the survey began: counted, not listed */
                        consideredLeftOut: number;
                        requests: {
                            id: string;
                            offer: {
                                id: string;
                                name: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            acute: boolean;
                            /** Format: date-time */
                            sentAt: string;
                            sentBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            replyBy: string;
                            /** @enum {string} */
                            state: "sent" | "answered" | "expired" | "withdrawn";
                            answer: {
                                available: boolean;
                                /** Format: date */
                                earliestStart: string | null;
                                priceMinor: number | null;
                                /** @enum {string|null} */
                                priceUnit: "hour" | "day" | "month" | "package" | null;
                                /** @enum {string|null} */
                                currency: "SEK" | "DKK" | "EUR" | null;
                                questions: string;
                                /** Format: date-time */
                                placeHeldUntil: string | null;
                                /** Format: date-time */
                                answeredAt: string;
                            } | null;
                            rounds: {
                                round: number;
                                priceAskedMinor: number;
                                priceAgreedMinor: number | null;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                                /** @enum {string} */
                                unit: "hour" | "day" | "month" | "package";
                                note: string;
                                recordedBy: {
                                    name: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chosen: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.recordNegotiationRound": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units (öre, øre, cent) per unit */
                    priceAskedMinor: number;
                    /** @description Minor units (öre, øre, cent) per unit */
                    priceAgreedMinor?: number | null;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        referral: {
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            /** @enum {string} */
                            state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            /** @description The order the choice made or changed */
                            orderId: string | null;
                            choiceReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        };
                        consideredOffers: number;
                        /** @description Offers of the referral's kind that matching's first checks (legal basis, target group, age, gender, language, route) left out when the survey began: counted, not listed */
                        consideredLeftOut: number;
                        requests: {
                            id: string;
                            offer: {
                                id: string;
                                name: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            acute: boolean;
                            /** Format: date-time */
                            sentAt: string;
                            sentBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            replyBy: string;
                            /** @enum {string} */
                            state: "sent" | "answered" | "expired" | "withdrawn";
                            answer: {
                                available: boolean;
                                /** Format: date */
                                earliestStart: string | null;
                                priceMinor: number | null;
                                /** @enum {string|null} */
                                priceUnit: "hour" | "day" | "month" | "package" | null;
                                /** @enum {string|null} */
                                currency: "SEK" | "DKK" | "EUR" | null;
                                questions: string;
                                /** Format: date-time */
                                placeHeldUntil: string | null;
                                /** Format: date-time */
                                answeredAt: string;
                            } | null;
                            rounds: {
                                round: number;
                                priceAskedMinor: number;
                                priceAgreedMinor: number | null;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                                /** @enum {string} */
                                unit: "hour" | "day" | "month" | "package";
                                note: string;
                                recordedBy: {
                                    name: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chosen: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.chooseOffer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    requestId: string;
                    reason: string;
                    notApprovedReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        referral: {
                            id: string;
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            /** @enum {string} */
                            state: "new" | "surveying" | "awaiting_answers" | "negotiating" | "decided" | "ordered" | "withdrawn";
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            /** @description The order the choice made or changed */
                            orderId: string | null;
                            choiceReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        };
                        consideredOffers: number;
                        /** @description Offers of the referral's kind that matching's first checks (legal basis, target group, age, gender, language, route) left out when the survey began: counted, not listed */
                        consideredLeftOut: number;
                        requests: {
                            id: string;
                            offer: {
                                id: string;
                                name: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            acute: boolean;
                            /** Format: date-time */
                            sentAt: string;
                            sentBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            replyBy: string;
                            /** @enum {string} */
                            state: "sent" | "answered" | "expired" | "withdrawn";
                            answer: {
                                available: boolean;
                                /** Format: date */
                                earliestStart: string | null;
                                priceMinor: number | null;
                                /** @enum {string|null} */
                                priceUnit: "hour" | "day" | "month" | "package" | null;
                                /** @enum {string|null} */
                                currency: "SEK" | "DKK" | "EUR" | null;
                                questions: string;
                                /** Format: date-time */
                                placeHeldUntil: string | null;
                                /** Format: date-time */
                                answeredAt: string;
                            } | null;
                            rounds: {
                                round: number;
                                priceAskedMinor: number;
                                priceAgreedMinor: number | null;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                                /** @enum {string} */
                                unit: "hour" | "day" | "month" | "package";
                                note: string;
                                recordedBy: {
                                    name: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chosen: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.listOfferRequests": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "reply_by" | "sent";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            municipality: {
                                id: string;
                                name: string;
                            };
                            offer: {
                                id: string;
                                name: string;
                            };
                            serviceKind: string;
                            acute: boolean;
                            /** Format: date-time */
                            sentAt: string;
                            /** Format: date-time */
                            replyBy: string;
                            /** @enum {string} */
                            state: "sent" | "answered" | "expired" | "withdrawn";
                            open: boolean;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.readOfferRequest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        municipality: {
                            id: string;
                            name: string;
                        };
                        offer: {
                            id: string;
                            name: string;
                        };
                        serviceKind: string;
                        acute: boolean;
                        /** Format: date-time */
                        sentAt: string;
                        /** Format: date-time */
                        replyBy: string;
                        /** @enum {string} */
                        state: "sent" | "answered" | "expired" | "withdrawn";
                        open: boolean;
                        version: number;
                        referral: {
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            serviceKind: string;
                            legalBasis: string;
                            purpose: string;
                            /** Format: date */
                            startOn: string;
                            expectedDurationDays: number;
                            intensity: {
                                /** @enum {string} */
                                kind: "hours_per_week" | "place";
                                hoursPerWeek: number | null;
                            };
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            person: {
                                age: number;
                                gender: string;
                                targetGroups: string[];
                                needs: string;
                                languages: string[];
                            };
                        };
                        answer: {
                            available: boolean;
                            /** Format: date */
                            earliestStart: string | null;
                            priceMinor: number | null;
                            /** @enum {string|null} */
                            priceUnit: "hour" | "day" | "month" | "package" | null;
                            /** @enum {string|null} */
                            currency: "SEK" | "DKK" | "EUR" | null;
                            questions: string;
                            /** Format: date-time */
                            placeHeldUntil: string | null;
                            /** Format: date-time */
                            answeredAt: string;
                        } | null;
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.answerOfferRequest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    available: boolean;
                    /** Format: date */
                    earliestStart?: string | null;
                    /** @description Minor units (öre, øre, cent) per unit */
                    priceMinor?: number | null;
                    /** @enum {string|null} */
                    priceUnit?: "hour" | "day" | "month" | "package" | null;
                    questions?: string;
                    holdPlace?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        municipality: {
                            id: string;
                            name: string;
                        };
                        offer: {
                            id: string;
                            name: string;
                        };
                        serviceKind: string;
                        acute: boolean;
                        /** Format: date-time */
                        sentAt: string;
                        /** Format: date-time */
                        replyBy: string;
                        /** @enum {string} */
                        state: "sent" | "answered" | "expired" | "withdrawn";
                        open: boolean;
                        version: number;
                        referral: {
                            /** @enum {string} */
                            kind: "new" | "extension" | "adjustment";
                            serviceKind: string;
                            legalBasis: string;
                            purpose: string;
                            /** Format: date */
                            startOn: string;
                            expectedDurationDays: number;
                            intensity: {
                                /** @enum {string} */
                                kind: "hours_per_week" | "place";
                                hoursPerWeek: number | null;
                            };
                            /** @enum {string} */
                            urgency: "today" | "within_5_working_days" | "later";
                            person: {
                                age: number;
                                gender: string;
                                targetGroups: string[];
                                needs: string;
                                languages: string[];
                            };
                        };
                        answer: {
                            available: boolean;
                            /** Format: date */
                            earliestStart: string | null;
                            priceMinor: number | null;
                            /** @enum {string|null} */
                            priceUnit: "hour" | "day" | "month" | "package" | null;
                            /** @enum {string|null} */
                            currency: "SEK" | "DKK" | "EUR" | null;
                            questions: string;
                            /** Format: date-time */
                            placeHeldUntil: string | null;
                            /** Format: date-time */
                            answeredAt: string;
                        } | null;
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.contractPdf": {
        parameters: {
            query?: {
                locale?: "sv" | "da" | "en";
            };
            header?: never;
            path: {
                orgId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.serviceSpecificationPdf": {
        parameters: {
            query?: {
                locale?: "sv" | "da" | "en";
            };
            header?: never;
            path: {
                orgId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service specification as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.evidencePdf": {
        parameters: {
            query?: {
                locale?: "sv" | "da" | "en";
            };
            header?: never;
            path: {
                orgId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence pack as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "matching.recordSupervisorConsent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    /** Format: date */
                    consentOn: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        orderId: string;
                        /** Format: date */
                        notApprovedUntil: string;
                        /** Format: date-time */
                        supervisorConsentAt: string;
                        supervisorConsentNote: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.listNeeds": {
        parameters: {
            query?: {
                status?: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                mine?: boolean;
                limit?: number;
                offset?: number;
                sort?: "created" | "updated" | "title" | "status";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            title: string;
                            createdBy: {
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            withdrawnAt: string | null;
                            /** Format: date-time */
                            textPurgedAt: string | null;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.createNeed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    need: {
                        /** @enum {string} */
                        kind: "staffing" | "placement" | "intervention";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "staffing" | "placement" | "intervention";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                        title: string;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        textPurgedAt: string | null;
                        version: number;
                        need: {
                            [key: string]: unknown;
                        };
                        sensitive: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.exportNeeds": {
        parameters: {
            query: {
                status?: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                mine?: boolean;
                sort?: "created" | "updated" | "title" | "status";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readNeed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                needId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "staffing" | "placement" | "intervention";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                        title: string;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        textPurgedAt: string | null;
                        version: number;
                        need: {
                            [key: string]: unknown;
                        };
                        sensitive: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.updateNeed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                needId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    need: {
                        /** @enum {string} */
                        kind: "staffing" | "placement" | "intervention";
                    };
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "staffing" | "placement" | "intervention";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                        title: string;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        textPurgedAt: string | null;
                        version: number;
                        need: {
                            [key: string]: unknown;
                        };
                        sensitive: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.listCalloffOptions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                needId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        options: {
                            /** @enum {string} */
                            kind: "agreement_lot" | "dps_category";
                            source: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            lot: {
                                id: string;
                                number: number;
                                name: string;
                            } | null;
                            category: {
                                id: string;
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** @enum {string|null} */
                            procedure: "ranking" | "renewed_competition" | "dps_specific_contract" | null;
                            why: {
                                code: string;
                                params?: {
                                    volume?: number;
                                    threshold?: number;
                                    /** @enum {string} */
                                    unit?: "hour" | "day" | "month" | "package";
                                    /** @enum {string} */
                                    given?: "hour" | "day" | "month" | "package";
                                    validFrom?: string;
                                    validTo?: string;
                                    initialPeriodEndsOn?: string;
                                    undecided?: number;
                                };
                            };
                        }[];
                        otherAreas: {
                            source: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            lots: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.submitNeed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                needId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "staffing" | "placement" | "intervention";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                        title: string;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        textPurgedAt: string | null;
                        version: number;
                        need: {
                            [key: string]: unknown;
                        };
                        sensitive: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.withdrawNeed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                needId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "staffing" | "placement" | "intervention";
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                        title: string;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: date-time */
                        submittedAt: string | null;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        /** Format: date-time */
                        textPurgedAt: string | null;
                        version: number;
                        need: {
                            [key: string]: unknown;
                        };
                        sensitive: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.list": {
        parameters: {
            query?: {
                status?: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                limit?: number;
                offset?: number;
                sort?: "created" | "need" | "status" | "procedure";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                            title: string;
                            /** @enum {string} */
                            procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                            needId: string;
                            needTitle: string;
                            /** @enum {string} */
                            kind: "agreement_lot" | "dps_category";
                            source: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            lot: {
                                id: string;
                                number: number;
                                name: string;
                            } | null;
                            category: {
                                id: string;
                                sv: string;
                                da: string;
                                en: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    needId: string;
                    /** Format: uuid */
                    lotId?: string;
                    /** Format: uuid */
                    dpsId?: string;
                    /** Format: uuid */
                    categoryId?: string;
                    requirements?: {
                        /** @enum {string} */
                        level: "must" | "should";
                        title: string;
                        criterion: {
                            /** @enum {string} */
                            kind: "yes_no" | "minimum";
                            minimum?: number;
                        };
                        value?: {
                            /** @enum {string} */
                            kind: "deduction" | "points";
                            amountMinor?: number;
                            points?: number;
                        } | null;
                        asks?: {
                            /** @enum {string} */
                            about: "education" | "experience" | "language" | "target_group";
                            codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                            area?: string;
                            code?: string;
                        } | null;
                    }[];
                } & (unknown | unknown);
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.export": {
        parameters: {
            query: {
                status?: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                sort?: "created" | "need" | "status" | "procedure";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readEvaluation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloffId: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        version: number;
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        unitsOnBasis: number;
                        tieRule: ("lower_price" | "earlier_receipt" | "lot_drawing")[];
                        drawingSeed: string;
                        warnings: string[];
                        bids: {
                            bidId: string;
                            supplierId: string;
                            supplierName: string;
                            /** @description ranked or set_aside */
                            outcome: string;
                            rank: number | null;
                            /** @description Minor units (öre, øre, cent) */
                            unitPriceMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            priceMinor: number;
                            deductions: {
                                requirementId: string;
                                title: string;
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number;
                            }[];
                            points: {
                                requirementId: string;
                                title: string;
                                points: number;
                            }[];
                            comparisonValue: {
                                /** @description The domain's ComparisonValue kind */
                                kind: string;
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number | null;
                                qualityPoints: number | null;
                                exact: {
                                    numerator: string;
                                    denominator: string;
                                } | null;
                                decimal: string | null;
                                priceScore: string | null;
                                qualityScore: string | null;
                            } | null;
                            /** @enum {string|null} */
                            tieDecidedBy: "lower_price" | "earlier_receipt" | "lot_drawing" | null;
                            setAsideReasons: {
                                /** @description must_requirement_failed or set_aside_by_buyer */
                                kind: string;
                                requirementId: string | null;
                                title: string | null;
                                failure: string | null;
                                minimum: number | null;
                                answered: number | null;
                                reason: string | null;
                            }[];
                            /** Format: date-time */
                            receivedAt: string;
                            receiptVerified: boolean;
                            consultant: {
                                id: string;
                                name: string;
                            } | null;
                            establishment: {
                                id: string;
                                name: string;
                            } | null;
                            earliestStart: string;
                            validUntil: string;
                        }[];
                        decision: {
                            id: string;
                            bidId: string;
                            supplierId: string;
                            supplierName: string;
                            reasons: string;
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string;
                            /** Format: date-time */
                            standstillUntil: string | null;
                            orderAllowed: boolean;
                            order: {
                                id: string;
                                reference: string;
                            } | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.replaceEvaluation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    requirements: {
                        /** @enum {string} */
                        level: "must" | "should";
                        title: string;
                        criterion: {
                            /** @enum {string} */
                            kind: "yes_no" | "minimum";
                            minimum?: number;
                        };
                        value?: {
                            /** @enum {string} */
                            kind: "deduction" | "points";
                            amountMinor?: number;
                            points?: number;
                        } | null;
                        asks?: {
                            /** @enum {string} */
                            about: "education" | "experience" | "language" | "target_group";
                            codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                            area?: string;
                            code?: string;
                        } | null;
                    }[];
                    model: {
                        /** @enum {string} */
                        kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                        /** @enum {string} */
                        basis: "unit_price" | "expected_total";
                        priceWeight?: number;
                        qualityWeight?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readPublication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloffId: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        /** @enum {string} */
                        country: "SE" | "DK";
                        tieRule: ("lower_price" | "earlier_receipt" | "lot_drawing")[];
                        minimum: {
                            days: number;
                            basis: string;
                        } | null;
                        earliestDeadline: string | null;
                        preview: {
                            invited: {
                                supplierId: string;
                                name: string;
                            }[];
                            leftOut: {
                                supplierId: string;
                                name: string;
                                reason: string;
                            }[];
                            setupProblems: {
                                code: string;
                                requirementPosition?: number;
                            }[];
                            canPublish: boolean;
                        } | null;
                        invitations: {
                            supplierId: string;
                            supplierName: string;
                            /** Format: date-time */
                            invitedAt: string;
                            /** Format: date-time */
                            firstReadAt: string | null;
                            /** Format: date-time */
                            declinedAt: string | null;
                            declineReason: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    requestText: string;
                    /** Format: date-time */
                    tenderDeadline: string;
                    costCentre: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.changeRequest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    summary: string;
                    requestText: string;
                    /** Format: date-time */
                    tenderDeadline: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.listQuestions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            question: string;
                            /** Format: date-time */
                            askedAt: string;
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            supplierName: string;
                            askedByName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.answerQuestion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        question: string;
                        /** Format: date-time */
                        askedAt: string;
                        answer: string | null;
                        /** Format: date-time */
                        answeredAt: string | null;
                        supplierName: string;
                        askedByName: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.listTenders": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "invited" | "deadline" | "title" | "buyer";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            calloffId: string;
                            title: string;
                            buyerName: string;
                            /** @enum {string} */
                            procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                            /** @enum {string} */
                            kind: "tender" | "offer";
                            /** Format: date-time */
                            invitedAt: string;
                            /** Format: date-time */
                            deadline: string | null;
                            /** @enum {string} */
                            status: "new" | "read" | "bid_given" | "declined" | "offered" | "accepted" | "expired" | "closed" | "awarded" | "not_awarded" | "cancelled";
                            bidNeedsReview: boolean;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.exportTenders": {
        parameters: {
            query: {
                sort?: "invited" | "deadline" | "title" | "buyer";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readTender": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloffId: string;
                        title: string;
                        buyerName: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        /** @enum {string} */
                        kind: "tender" | "offer";
                        /** @enum {string} */
                        calloffStatus: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        /** @enum {string} */
                        status: "new" | "read" | "bid_given" | "declined" | "offered" | "accepted" | "expired" | "closed" | "awarded" | "not_awarded" | "cancelled";
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        need: {
                            [key: string]: unknown;
                        };
                        requestText: string;
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        tieRule: ("lower_price" | "earlier_receipt" | "lot_drawing")[];
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        deadline: string | null;
                        deadlinePassed: boolean;
                        changes: {
                            id: string;
                            /** Format: date-time */
                            changedAt: string;
                            summary: string;
                            /** Format: date-time */
                            deadlineBefore: string;
                            /** Format: date-time */
                            deadlineAfter: string;
                        }[];
                        questions: {
                            id: string;
                            question: string;
                            /** Format: date-time */
                            askedAt: string;
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            own: boolean;
                        }[];
                        invitation: {
                            /** Format: date-time */
                            invitedAt: string;
                            /** Format: date-time */
                            firstReadAt: string | null;
                            /** Format: date-time */
                            declinedAt: string | null;
                            declineReason: string | null;
                        };
                        bid: {
                            /** @enum {string} */
                            status: "submitted" | "withdrawn";
                            needsReview: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.askQuestion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    question: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        question: string;
                        /** Format: date-time */
                        askedAt: string;
                        answer: string | null;
                        /** Format: date-time */
                        answeredAt: string | null;
                        own: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.declineTender": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        declinedAt: string;
                        declineReason: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readOwnBid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bidId: string;
                        /** @enum {string} */
                        status: "submitted" | "withdrawn";
                        version: number;
                        receipt: {
                            sha256: string;
                            /** Format: date-time */
                            receivedAt: string;
                        };
                        needsReview: boolean;
                        /** Format: date-time */
                        firstReceivedAt: string;
                        replacements: number;
                        /** Format: date-time */
                        withdrawnAt: string | null;
                        content: {
                            /** @description Minor units (öre, øre, cent) */
                            unitPriceMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            unit: string;
                            answers: {
                                [key: string]: boolean | number;
                            };
                            evidence: {
                                [key: string]: string;
                            };
                            consultantId: string | null;
                            establishmentId: string | null;
                            earliestStart: string;
                            validUntil: string;
                            note: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.submitBid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    /** @description Minor units (öre, øre, cent) per unit */
                    unitPriceMinor: number;
                    answers: {
                        [key: string]: boolean | number;
                    };
                    evidence: {
                        [key: string]: string;
                    };
                    /** Format: uuid */
                    consultantId: string | null;
                    /** Format: uuid */
                    establishmentId: string | null;
                    /** Format: date */
                    earliestStart: string;
                    /** Format: date */
                    validUntil: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bidId: string;
                        /** @enum {string} */
                        status: "submitted" | "withdrawn";
                        version: number;
                        receipt: {
                            sha256: string;
                            /** Format: date-time */
                            receivedAt: string;
                        };
                        needsReview: boolean;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bidId: string;
                        /** @enum {string} */
                        status: "submitted" | "withdrawn";
                        version: number;
                        receipt: {
                            sha256: string;
                            /** Format: date-time */
                            receivedAt: string;
                        };
                        needsReview: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.withdrawBid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bidId: string;
                        /** @enum {string} */
                        status: "submitted" | "withdrawn";
                        version: number;
                        receipt: {
                            sha256: string;
                            /** Format: date-time */
                            receivedAt: string;
                        };
                        needsReview: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.ownBidReceiptPdf": {
        parameters: {
            query?: {
                locale?: "sv" | "da" | "en";
            };
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bid receipt as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readOpening": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        openedAt: string | null;
                        openedBy: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.openBids": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.setBidAside": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
                bidId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloffId: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        version: number;
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        unitsOnBasis: number;
                        tieRule: ("lower_price" | "earlier_receipt" | "lot_drawing")[];
                        drawingSeed: string;
                        warnings: string[];
                        bids: {
                            bidId: string;
                            supplierId: string;
                            supplierName: string;
                            /** @description ranked or set_aside */
                            outcome: string;
                            rank: number | null;
                            /** @description Minor units (öre, øre, cent) */
                            unitPriceMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            priceMinor: number;
                            deductions: {
                                requirementId: string;
                                title: string;
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number;
                            }[];
                            points: {
                                requirementId: string;
                                title: string;
                                points: number;
                            }[];
                            comparisonValue: {
                                /** @description The domain's ComparisonValue kind */
                                kind: string;
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number | null;
                                qualityPoints: number | null;
                                exact: {
                                    numerator: string;
                                    denominator: string;
                                } | null;
                                decimal: string | null;
                                priceScore: string | null;
                                qualityScore: string | null;
                            } | null;
                            /** @enum {string|null} */
                            tieDecidedBy: "lower_price" | "earlier_receipt" | "lot_drawing" | null;
                            setAsideReasons: {
                                /** @description must_requirement_failed or set_aside_by_buyer */
                                kind: string;
                                requirementId: string | null;
                                title: string | null;
                                failure: string | null;
                                minimum: number | null;
                                answered: number | null;
                                reason: string | null;
                            }[];
                            /** Format: date-time */
                            receivedAt: string;
                            receiptVerified: boolean;
                            consultant: {
                                id: string;
                                name: string;
                            } | null;
                            establishment: {
                                id: string;
                                name: string;
                            } | null;
                            earliestStart: string;
                            validUntil: string;
                        }[];
                        decision: {
                            id: string;
                            bidId: string;
                            supplierId: string;
                            supplierName: string;
                            reasons: string;
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string;
                            /** Format: date-time */
                            standstillUntil: string | null;
                            orderAllowed: boolean;
                            order: {
                                id: string;
                                reference: string;
                            } | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.removeBidSetAside": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
                bidId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloffId: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        version: number;
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        unitsOnBasis: number;
                        tieRule: ("lower_price" | "earlier_receipt" | "lot_drawing")[];
                        drawingSeed: string;
                        warnings: string[];
                        bids: {
                            bidId: string;
                            supplierId: string;
                            supplierName: string;
                            /** @description ranked or set_aside */
                            outcome: string;
                            rank: number | null;
                            /** @description Minor units (öre, øre, cent) */
                            unitPriceMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            priceMinor: number;
                            deductions: {
                                requirementId: string;
                                title: string;
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number;
                            }[];
                            points: {
                                requirementId: string;
                                title: string;
                                points: number;
                            }[];
                            comparisonValue: {
                                /** @description The domain's ComparisonValue kind */
                                kind: string;
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number | null;
                                qualityPoints: number | null;
                                exact: {
                                    numerator: string;
                                    denominator: string;
                                } | null;
                                decimal: string | null;
                                priceScore: string | null;
                                qualityScore: string | null;
                            } | null;
                            /** @enum {string|null} */
                            tieDecidedBy: "lower_price" | "earlier_receipt" | "lot_drawing" | null;
                            setAsideReasons: {
                                /** @description must_requirement_failed or set_aside_by_buyer */
                                kind: string;
                                requirementId: string | null;
                                title: string | null;
                                failure: string | null;
                                minimum: number | null;
                                answered: number | null;
                                reason: string | null;
                            }[];
                            /** Format: date-time */
                            receivedAt: string;
                            receiptVerified: boolean;
                            consultant: {
                                id: string;
                                name: string;
                            } | null;
                            establishment: {
                                id: string;
                                name: string;
                            } | null;
                            earliestStart: string;
                            validUntil: string;
                        }[];
                        decision: {
                            id: string;
                            bidId: string;
                            supplierId: string;
                            supplierName: string;
                            reasons: string;
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string;
                            /** Format: date-time */
                            standstillUntil: string | null;
                            orderAllowed: boolean;
                            order: {
                                id: string;
                                reference: string;
                            } | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.award": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: uuid */
                    bidId: string;
                    reasons: string;
                    standstill: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.decisionPdf": {
        parameters: {
            query?: {
                locale?: "sv" | "da" | "en";
            };
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The award decision as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.orderAwarded": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: date */
                    startDate: string;
                    /** Format: date */
                    endDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                        order: {
                            id: string;
                            reference: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readTimeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "calloff" | "bid";
                            action: string;
                            /** Format: date-time */
                            at: string;
                            actorName: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readBidderDecision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        calloffId: string;
                        calloffTitle: string;
                        buyerName: string;
                        won: boolean;
                        winnerName: string;
                        ownRank: number | null;
                        rankedCount: number;
                        position: string;
                        reasons: string;
                        /** Format: date-time */
                        standstillUntil: string | null;
                        /** Format: date-time */
                        decidedAt: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.bidderDecisionPdf": {
        parameters: {
            query?: {
                locale?: "sv" | "da" | "en";
            };
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The award decision as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readCascade": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        calloffId: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        version: number;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        window: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        started: boolean;
                        suppliers: {
                            /** Format: uuid */
                            supplierId: string;
                            name: string;
                            rank: number;
                            /** @enum {string} */
                            status: "active" | "hidden" | "terminated";
                            waiting: boolean;
                        }[];
                        /** @description Before the start: the active ranked suppliers none of whose offers meets a must requirement of the need (matching), with the requirements failed */
                        mustRequirementSkips: {
                            /** Format: uuid */
                            supplierId: string;
                            /** @description Must requirements matching found failed (a matching constraint code, or 'no_offer'), for each reader's language */
                            failures: {
                                code: string;
                                params: {
                                    [key: string]: string | number;
                                };
                            }[];
                        }[];
                        steps: {
                            /** @description The domain's CascadeStep kind */
                            kind: string;
                            supplierId: string | null;
                            supplierName: string | null;
                            rank: number | null;
                            /** Format: date-time */
                            at: string;
                            /** Format: date-time */
                            deadline: string | null;
                            standing: string | null;
                            /** @enum {string|null} */
                            reasonCode: "continuity_for_person" | "siblings_placed_together" | "cannot_meet_must_requirement" | "other" | null;
                            reasonText: string | null;
                            /** @description Must requirements matching found failed (a matching constraint code, or 'no_offer'), for each reader's language */
                            reasonFailures: {
                                code: string;
                                params: {
                                    [key: string]: string | number;
                                };
                            }[];
                        }[];
                        currentOffer: {
                            /** Format: uuid */
                            supplierId: string;
                            supplierName: string;
                            rank: number;
                            /** Format: date-time */
                            offeredAt: string;
                            /** Format: date-time */
                            deadline: string;
                        } | null;
                        outcome: {
                            /** @enum {string} */
                            kind: "awaiting_response" | "order" | "no_supplier";
                            supplierId: string | null;
                            supplierName: string | null;
                            orderId: string | null;
                            orderReference: string | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.startCascade": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    requestText: string;
                    costCentre?: string | null;
                    window: {
                        /** @enum {string} */
                        unit: "hours" | "working_days";
                        amount: number;
                    };
                    skips: {
                        /** Format: uuid */
                        supplierId: string;
                        /** @enum {string} */
                        code: "continuity_for_person" | "siblings_placed_together" | "cannot_meet_must_requirement" | "other";
                        text: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.skipSupplier": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: uuid */
                    supplierId: string;
                    /** @enum {string} */
                    code: "continuity_for_person" | "siblings_placed_together" | "cannot_meet_must_requirement" | "other";
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "open" | "offering" | "evaluation" | "awarded" | "ordered" | "unfulfilled" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                        needId: string;
                        needTitle: string;
                        /** @enum {string} */
                        kind: "agreement_lot" | "dps_category";
                        source: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        lot: {
                            id: string;
                            number: number;
                            name: string;
                        } | null;
                        category: {
                            id: string;
                            sv: string;
                            da: string;
                            en: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        why: {
                            code: string;
                            params?: {
                                volume?: number;
                                threshold?: number;
                                /** @enum {string} */
                                unit?: "hour" | "day" | "month" | "package";
                                /** @enum {string} */
                                given?: "hour" | "day" | "month" | "package";
                                validFrom?: string;
                                validTo?: string;
                                initialPeriodEndsOn?: string;
                                undecided?: number;
                            };
                        };
                        expectedVolume: {
                            quantity: number;
                            /** @enum {string} */
                            unit: "hour" | "day" | "month" | "package";
                        };
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        need: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing" | "placement" | "intervention";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_calloff" | "fulfilled" | "withdrawn";
                            summary: {
                                [key: string]: unknown;
                            };
                        };
                        requirements: {
                            id: string;
                            position: number;
                            /** @enum {string} */
                            level: "must" | "should";
                            title: string;
                            criterion: {
                                /** @enum {string} */
                                kind: "yes_no" | "minimum";
                                minimum?: number;
                            };
                            value: {
                                /** @enum {string} */
                                kind: "deduction" | "points";
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor?: number;
                                /** @enum {string} */
                                currency?: "SEK" | "DKK" | "EUR";
                                points?: number;
                            } | null;
                            asks: {
                                /** @enum {string} */
                                about: "education" | "experience" | "language" | "target_group";
                                codes?: ("socionomexamen" | "socialradgiver" | "beteendevetare" | "other")[];
                                area?: string;
                                code?: string;
                            } | null;
                        }[];
                        model: {
                            /** @enum {string} */
                            kind: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                            /** @enum {string} */
                            basis: "unit_price" | "expected_total";
                            priceWeight?: number;
                            qualityWeight?: number;
                        };
                        setupProblems: {
                            code: string;
                            requirementPosition?: number;
                        }[];
                        warning: string | null;
                        createdBy: {
                            id: string;
                            name: string;
                        };
                        cancelledReason: string | null;
                        requestText: string;
                        costCentre: string | null;
                        /** Format: date-time */
                        publishedAt: string | null;
                        /** Format: date-time */
                        tenderDeadline: string | null;
                        /** Format: date-time */
                        openedAt: string | null;
                        responseWindow: {
                            /** @enum {string} */
                            unit: "hours" | "working_days";
                            amount: number;
                        } | null;
                        bidCount: number;
                        deadlinePassed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.listDeviations": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "decided" | "municipality" | "lot" | "supplier" | "reason";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreement: {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            title: string;
                        };
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            decidedAt: string;
                            municipality: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            calloff: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            lot: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                name: string;
                            };
                            supplier: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                rank: number;
                            };
                            /** @enum {string} */
                            reasonCode: "continuity_for_person" | "siblings_placed_together" | "cannot_meet_must_requirement" | "other";
                            reasonText: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.exportDeviations": {
        parameters: {
            query: {
                sort?: "decided" | "municipality" | "lot" | "supplier" | "reason";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readOffer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        calloffId: string;
                        title: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "offered" | "accepted" | "declined" | "expired" | "withdrawn";
                        /** Format: date-time */
                        offeredAt: string;
                        /** Format: date-time */
                        deadline: string;
                        deadlinePassed: boolean;
                        /** Format: date-time */
                        respondedAt: string | null;
                        declineReason: string | null;
                        orderId: string | null;
                        orderReference: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.acceptOffer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        calloffId: string;
                        title: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "offered" | "accepted" | "declined" | "expired" | "withdrawn";
                        /** Format: date-time */
                        offeredAt: string;
                        /** Format: date-time */
                        deadline: string;
                        deadlinePassed: boolean;
                        /** Format: date-time */
                        respondedAt: string | null;
                        declineReason: string | null;
                        orderId: string | null;
                        orderReference: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.declineOffer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        calloffId: string;
                        title: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        /** @enum {string} */
                        status: "offered" | "accepted" | "declined" | "expired" | "withdrawn";
                        /** Format: date-time */
                        offeredAt: string;
                        /** Format: date-time */
                        deadline: string;
                        deadlinePassed: boolean;
                        /** Format: date-time */
                        respondedAt: string | null;
                        declineReason: string | null;
                        orderId: string | null;
                        orderReference: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.listOrders": {
        parameters: {
            query?: {
                status?: "active" | "ended";
                supplierId?: string;
                municipalityId?: string;
                serviceId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                currency?: "SEK" | "DKK" | "EUR";
                startFrom?: string;
                startTo?: string;
                limit?: number;
                offset?: number;
                sort?: "created" | "reference" | "counterpart" | "start" | "status";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            status: "active" | "ended";
                            calloffTitle: string;
                            municipality: {
                                id: string;
                                name: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            consultantName: string | null;
                            establishmentName: string | null;
                            service: {
                                sv: string;
                                da: string;
                                en: string;
                            } | null;
                            /** @description Minor units (öre, øre, cent) */
                            unitPriceMinor: number;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            unit: string;
                            /** Format: date */
                            startDate: string;
                            /** Format: date */
                            endDate: string | null;
                            /** @description A decimal, exact */
                            expectedVolume: string;
                            /** @description The municipality only */
                            costCentre: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.exportOrders": {
        parameters: {
            query: {
                status?: "active" | "ended";
                supplierId?: string;
                municipalityId?: string;
                serviceId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                currency?: "SEK" | "DKK" | "EUR";
                startFrom?: string;
                startTo?: string;
                sort?: "created" | "reference" | "counterpart" | "start" | "status";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.readOrder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        calloffTitle: string;
                        municipality: {
                            id: string;
                            name: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        consultantName: string | null;
                        establishmentName: string | null;
                        service: {
                            sv: string;
                            da: string;
                            en: string;
                        } | null;
                        /** @description Minor units (öre, øre, cent) */
                        unitPriceMinor: number;
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        unit: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string | null;
                        /** @description A decimal, exact */
                        expectedVolume: string;
                        /** @description The municipality only */
                        costCentre: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** @description Minor units (öre, øre, cent) */
                        expectedTotalMinor: number;
                        /** @description The buyer only */
                        calloffId: string | null;
                        /** @description The referral of an order from an offer survey; the buyer only */
                        referralId: string | null;
                        /** @description An offer not approved by the supervisory authority: last day */
                        notApprovedUntil: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        adjustments: {
                            id: string;
                            /** @enum {string} */
                            kind: "extension" | "adjustment" | "ended";
                            changes: {
                                field: string;
                                before: string | number | null;
                                after: string | number | null;
                            }[];
                            reason: string;
                            madeBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            madeAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.adjustOrder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    kind: "extension" | "adjustment" | "ended";
                    /** Format: date */
                    endDate?: string;
                    expectedVolume?: number;
                    /** @description Minor units (öre, øre, cent) per unit */
                    unitPriceMinor?: number;
                    costCentre?: string | null;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        reference: string;
                        /** @enum {string} */
                        status: "active" | "ended";
                        calloffTitle: string;
                        municipality: {
                            id: string;
                            name: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        consultantName: string | null;
                        establishmentName: string | null;
                        service: {
                            sv: string;
                            da: string;
                            en: string;
                        } | null;
                        /** @description Minor units (öre, øre, cent) */
                        unitPriceMinor: number;
                        /** @enum {string} */
                        currency: "SEK" | "DKK" | "EUR";
                        unit: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string | null;
                        /** @description A decimal, exact */
                        expectedVolume: string;
                        /** @description The municipality only */
                        costCentre: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        /** @description Minor units (öre, øre, cent) */
                        expectedTotalMinor: number;
                        /** @description The buyer only */
                        calloffId: string | null;
                        /** @description The referral of an order from an offer survey; the buyer only */
                        referralId: string | null;
                        /** @description An offer not approved by the supervisory authority: last day */
                        notApprovedUntil: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        adjustments: {
                            id: string;
                            /** @enum {string} */
                            kind: "extension" | "adjustment" | "ended";
                            changes: {
                                field: string;
                                before: string | number | null;
                                after: string | number | null;
                            }[];
                            reason: string;
                            madeBy: {
                                name: string;
                            };
                            /** Format: date-time */
                            madeAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "calloffs.orderPdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order document as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readPlan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        plan: {
                            id: string;
                            targetVisits: number;
                            version: number;
                        } | null;
                        visits: {
                            id: string;
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                                city: string;
                            };
                            plannedOn: string | null;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                            version: number;
                        }[];
                        progress: {
                            done: number;
                            target: number;
                            expectedByToday: number;
                            /** @enum {string} */
                            pace: "ahead" | "on_pace" | "behind";
                            upcoming: number;
                            unscheduled: number;
                            overdue: string[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.savePlan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    targetVisits: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        plan: {
                            id: string;
                            targetVisits: number;
                            version: number;
                        } | null;
                        visits: {
                            id: string;
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                                city: string;
                            };
                            plannedOn: string | null;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                            version: number;
                        }[];
                        progress: {
                            done: number;
                            target: number;
                            expectedByToday: number;
                            /** @enum {string} */
                            pace: "ahead" | "on_pace" | "behind";
                            upcoming: number;
                            unscheduled: number;
                            overdue: string[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.planVisit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agreementId: string;
                    /** Format: uuid */
                    establishmentId: string;
                    /** Format: date */
                    plannedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                            city: string;
                        };
                        plannedOn: string | null;
                        /** @enum {string} */
                        status: "planned" | "done" | "cancelled";
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.changePlannedVisit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                year: string;
                plannedVisitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** Format: date */
                    plannedOn?: string | null;
                    /** @enum {string} */
                    status?: "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                            city: string;
                        };
                        plannedOn: string | null;
                        /** @enum {string} */
                        status: "planned" | "done" | "cancelled";
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listCandidates": {
        parameters: {
            query: {
                year: string;
                limit?: number;
                offset?: number;
                sort?: "risk" | "establishment";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        items: {
                            rank: number;
                            score: number;
                            reasons: {
                                code: string;
                                points: number;
                                count?: number;
                                months?: number | null;
                                sharePercent?: number;
                            }[];
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                                city: string;
                            };
                            openDeviations: number;
                            permit: {
                                /** @enum {string} */
                                status: "valid" | "changed" | "revoked" | "expired" | "applied";
                                openCases: number;
                                lastCheckedOn: string | null;
                            } | null;
                            lastVisitOn: string | null;
                            bought: {
                                /** @description Minor units (öre, øre, cent) */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "SEK" | "DKK" | "EUR";
                            } | null;
                            concernNotes: number;
                            plannedVisitId: string | null;
                            doneThisYear: boolean;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.exportCandidates": {
        parameters: {
            query: {
                year: string;
                sort?: "risk" | "establishment";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readChecklist": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        establishment: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            street: string;
                            postalCode: string;
                            city: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        permits: {
                            id: string;
                            /** @enum {string} */
                            authority: "IVO" | "Socialtilsyn";
                            reference: string;
                            scope: string;
                            /** @enum {string} */
                            status: "valid" | "changed" | "revoked" | "expired" | "applied";
                            validFrom: string | null;
                            validTo: string | null;
                            openCases: number;
                            decisions: string;
                            lastCheckedOn: string | null;
                            lastCheckedByName: string | null;
                        }[];
                        freshness: {
                            stale: boolean;
                            monthsSince: number | null;
                        };
                        permitChecks: {
                            id: string;
                            permitId: string | null;
                            permitReference: string | null;
                            plannedVisitId: string | null;
                            /** @enum {string} */
                            seen: "valid" | "changed" | "revoked" | "open_case";
                            note: string;
                            decisionReference: string | null;
                            checkedOn: string;
                            checkedBy: string;
                            /** Format: date-time */
                            checkedAt: string;
                        }[];
                        corrections: {
                            id: string;
                            agreementId: string;
                            agreementReference: string;
                            description: string;
                            sentOn: string;
                            deadline: string;
                            status: string;
                        }[];
                        agreements: {
                            id: string;
                            reference: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "expired" | "terminated";
                            requirements: {
                                id: string;
                                /** @enum {string} */
                                kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                                description: string;
                            }[];
                        }[];
                        staffList: {
                            requestId: string;
                            periodFrom: string;
                            periodTo: string;
                            status: string;
                            deadline: string;
                            submittedAt: string | null;
                            result: {
                                met: number;
                                notMet: number;
                                notApplicable: number;
                            } | null;
                        } | null;
                        plannedVisits: {
                            id: string;
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                                city: string;
                            };
                            plannedOn: string | null;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.recordPermitCheck": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    permitId?: string | null;
                    /** Format: uuid */
                    plannedVisitId?: string | null;
                    seen?: string | null;
                    note?: string | null;
                    decisionReference?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        establishment: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            serviceKind: "staffing" | "hvb" | "supported_housing" | "family_home" | "botilbud" | "open_care" | "supervision";
                            street: string;
                            postalCode: string;
                            city: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        permits: {
                            id: string;
                            /** @enum {string} */
                            authority: "IVO" | "Socialtilsyn";
                            reference: string;
                            scope: string;
                            /** @enum {string} */
                            status: "valid" | "changed" | "revoked" | "expired" | "applied";
                            validFrom: string | null;
                            validTo: string | null;
                            openCases: number;
                            decisions: string;
                            lastCheckedOn: string | null;
                            lastCheckedByName: string | null;
                        }[];
                        freshness: {
                            stale: boolean;
                            monthsSince: number | null;
                        };
                        permitChecks: {
                            id: string;
                            permitId: string | null;
                            permitReference: string | null;
                            plannedVisitId: string | null;
                            /** @enum {string} */
                            seen: "valid" | "changed" | "revoked" | "open_case";
                            note: string;
                            decisionReference: string | null;
                            checkedOn: string;
                            checkedBy: string;
                            /** Format: date-time */
                            checkedAt: string;
                        }[];
                        corrections: {
                            id: string;
                            agreementId: string;
                            agreementReference: string;
                            description: string;
                            sentOn: string;
                            deadline: string;
                            status: string;
                        }[];
                        agreements: {
                            id: string;
                            reference: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "expired" | "terminated";
                            requirements: {
                                id: string;
                                /** @enum {string} */
                                kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                                description: string;
                            }[];
                        }[];
                        staffList: {
                            requestId: string;
                            periodFrom: string;
                            periodTo: string;
                            status: string;
                            deadline: string;
                            submittedAt: string | null;
                            result: {
                                met: number;
                                notMet: number;
                                notApplicable: number;
                            } | null;
                        } | null;
                        plannedVisits: {
                            id: string;
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                                city: string;
                            };
                            plannedOn: string | null;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listVisits": {
        parameters: {
            query?: {
                establishmentId?: string;
                limit?: number;
                offset?: number;
                sort?: "visited" | "establishment" | "agreement";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            plannedVisitId: string | null;
                            visitedOn: string;
                            participants: string[];
                            summary: string;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            outcomes: {
                                met: number;
                                partlyMet: number;
                                notMet: number;
                            };
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.recordVisit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agreementId: string;
                    /** Format: uuid */
                    establishmentId: string;
                    /** Format: uuid */
                    plannedVisitId?: string | null;
                    /** Format: date */
                    visitedOn: string;
                    participants: string[];
                    summary: string;
                    findings: {
                        /** Format: uuid */
                        requirementId: string;
                        outcome: string;
                        text?: string;
                    }[];
                    logbookNote?: {
                        text: string;
                        sensitive?: boolean;
                        concern?: boolean;
                    } | null;
                    documents?: {
                        fileName: string;
                        contentBase64: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        };
                        plannedVisitId: string | null;
                        visitedOn: string;
                        participants: string[];
                        summary: string;
                        createdBy: string;
                        /** Format: date-time */
                        createdAt: string;
                        outcomes: {
                            met: number;
                            partlyMet: number;
                            notMet: number;
                        };
                        findings: {
                            requirementId: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            description: string;
                            /** @enum {string} */
                            outcome: "met" | "partly_met" | "not_met";
                            text: string;
                        }[];
                        callingForCorrection: {
                            requirementId: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            description: string;
                            /** @enum {string} */
                            outcome: "met" | "partly_met" | "not_met";
                            text: string;
                        }[];
                        documents: {
                            id: string;
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                        }[];
                        logbookNotes: {
                            id: string;
                            text: string;
                            sensitive: boolean;
                            concern: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        corrections: {
                            id: string;
                            status: string;
                            requirementIds: string[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.exportVisits": {
        parameters: {
            query: {
                establishmentId?: string;
                sort?: "visited" | "establishment" | "agreement";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readVisit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        };
                        plannedVisitId: string | null;
                        visitedOn: string;
                        participants: string[];
                        summary: string;
                        createdBy: string;
                        /** Format: date-time */
                        createdAt: string;
                        outcomes: {
                            met: number;
                            partlyMet: number;
                            notMet: number;
                        };
                        findings: {
                            requirementId: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            description: string;
                            /** @enum {string} */
                            outcome: "met" | "partly_met" | "not_met";
                            text: string;
                        }[];
                        callingForCorrection: {
                            requirementId: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            description: string;
                            /** @enum {string} */
                            outcome: "met" | "partly_met" | "not_met";
                            text: string;
                        }[];
                        documents: {
                            id: string;
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                        }[];
                        logbookNotes: {
                            id: string;
                            text: string;
                            sensitive: boolean;
                            concern: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        corrections: {
                            id: string;
                            status: string;
                            requirementIds: string[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.visitDocument": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                visitId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listStaffListRequests": {
        parameters: {
            query?: {
                status?: "requested" | "submitted";
                limit?: number;
                offset?: number;
                sort?: "deadline" | "establishment" | "counterpart" | "period" | "status";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            placedResidents: number;
                            deadline: string;
                            message: string;
                            /** @enum {string} */
                            status: "requested" | "submitted";
                            overdue: boolean;
                            requestedAt: string;
                            version: number;
                            latest: {
                                submittedAt: string;
                                met: number;
                                notMet: number;
                                notApplicable: number;
                            } | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.requestStaffList": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agreementId: string;
                    /** Format: uuid */
                    establishmentId: string;
                    /** Format: date */
                    periodFrom: string;
                    /** Format: date */
                    periodTo: string;
                    placedResidents: number;
                    /** Format: date-time */
                    deadline: string;
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            placedResidents: number;
                            deadline: string;
                            message: string;
                            /** @enum {string} */
                            status: "requested" | "submitted";
                            overdue: boolean;
                            requestedAt: string;
                            version: number;
                        };
                        requirements: {
                            id: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                        }[];
                        latest: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rows: {
                                row: number;
                                name: string;
                                /** @enum {string} */
                                role: "manager" | "treatment_assistant" | "social_worker" | "nurse" | "night_staff" | "other";
                                /** @enum {string} */
                                education: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other" | "behandlingspedagog" | "socialpedagog" | "underskoterska" | "sjukskoterska";
                                yearsInRoleHundredths: number | null;
                                employmentHundredths: number;
                                hoursHundredths: {
                                    day: number;
                                    evening: number;
                                    night: number;
                                };
                                nightAwake: boolean;
                            }[];
                            shifts: {
                                row: number;
                                date: string;
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                awakeHundredths: number;
                            }[];
                        } | null;
                        report: {
                            requirementId: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            /** @enum {string} */
                            outcome: "met" | "not_met" | "not_applicable";
                            measure: {
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                            } | null;
                            countedRows: number[];
                            failedRows: {
                                row: number;
                                reasons: string[];
                            }[];
                            shifts?: {
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                outcome: string;
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                                countedRows: number[];
                            }[];
                            notApplicable?: string;
                            nights?: {
                                date: string;
                                awakeHundredths: number;
                                requiredHundredths: number;
                                /** @enum {string} */
                                reason: "none" | "too_few";
                            }[];
                        }[] | null;
                        history: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rowCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.exportStaffListRequests": {
        parameters: {
            query: {
                status?: "requested" | "submitted";
                sort?: "deadline" | "establishment" | "counterpart" | "period" | "status";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.staffListChoices": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            id: string;
                            reference: string;
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.staffListEstablishmentChoices": {
        parameters: {
            query: {
                agreementId: string;
                /** @description Part of the name, any case */
                q?: string;
                limit?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            supplier: {
                                id: string;
                                name: string;
                            };
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readStaffListRequest": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            placedResidents: number;
                            deadline: string;
                            message: string;
                            /** @enum {string} */
                            status: "requested" | "submitted";
                            overdue: boolean;
                            requestedAt: string;
                            version: number;
                        };
                        requirements: {
                            id: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                        }[];
                        latest: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rows: {
                                row: number;
                                name: string;
                                /** @enum {string} */
                                role: "manager" | "treatment_assistant" | "social_worker" | "nurse" | "night_staff" | "other";
                                /** @enum {string} */
                                education: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other" | "behandlingspedagog" | "socialpedagog" | "underskoterska" | "sjukskoterska";
                                yearsInRoleHundredths: number | null;
                                employmentHundredths: number;
                                hoursHundredths: {
                                    day: number;
                                    evening: number;
                                    night: number;
                                };
                                nightAwake: boolean;
                            }[];
                            shifts: {
                                row: number;
                                date: string;
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                awakeHundredths: number;
                            }[];
                        } | null;
                        report: {
                            requirementId: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            /** @enum {string} */
                            outcome: "met" | "not_met" | "not_applicable";
                            measure: {
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                            } | null;
                            countedRows: number[];
                            failedRows: {
                                row: number;
                                reasons: string[];
                            }[];
                            shifts?: {
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                outcome: string;
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                                countedRows: number[];
                            }[];
                            notApplicable?: string;
                            nights?: {
                                date: string;
                                awakeHundredths: number;
                                requiredHundredths: number;
                                /** @enum {string} */
                                reason: "none" | "too_few";
                            }[];
                        }[] | null;
                        history: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rowCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listSupplierStaffLists": {
        parameters: {
            query?: {
                status?: "requested" | "submitted";
                limit?: number;
                offset?: number;
                sort?: "deadline" | "establishment" | "counterpart" | "period" | "status";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            placedResidents: number;
                            deadline: string;
                            message: string;
                            /** @enum {string} */
                            status: "requested" | "submitted";
                            overdue: boolean;
                            requestedAt: string;
                            version: number;
                            latest: {
                                submittedAt: string;
                                met: number;
                                notMet: number;
                                notApplicable: number;
                            } | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.exportSupplierStaffLists": {
        parameters: {
            query: {
                status?: "requested" | "submitted";
                sort?: "deadline" | "establishment" | "counterpart" | "period" | "status";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.staffListTemplate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty staff list to fill in (CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.staffListTemplateXlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty staff list to fill in (XLSX) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readSupplierStaffList": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            placedResidents: number;
                            deadline: string;
                            message: string;
                            /** @enum {string} */
                            status: "requested" | "submitted";
                            overdue: boolean;
                            requestedAt: string;
                            version: number;
                        };
                        requirements: {
                            id: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                        }[];
                        latest: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rows: {
                                row: number;
                                name: string;
                                /** @enum {string} */
                                role: "manager" | "treatment_assistant" | "social_worker" | "nurse" | "night_staff" | "other";
                                /** @enum {string} */
                                education: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other" | "behandlingspedagog" | "socialpedagog" | "underskoterska" | "sjukskoterska";
                                yearsInRoleHundredths: number | null;
                                employmentHundredths: number;
                                hoursHundredths: {
                                    day: number;
                                    evening: number;
                                    night: number;
                                };
                                nightAwake: boolean;
                            }[];
                            shifts: {
                                row: number;
                                date: string;
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                awakeHundredths: number;
                            }[];
                        } | null;
                        report: {
                            requirementId: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            /** @enum {string} */
                            outcome: "met" | "not_met" | "not_applicable";
                            measure: {
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                            } | null;
                            countedRows: number[];
                            failedRows: {
                                row: number;
                                reasons: string[];
                            }[];
                            shifts?: {
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                outcome: string;
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                                countedRows: number[];
                            }[];
                            notApplicable?: string;
                            nights?: {
                                date: string;
                                awakeHundredths: number;
                                requiredHundredths: number;
                                /** @enum {string} */
                                reason: "none" | "too_few";
                            }[];
                        }[] | null;
                        history: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rowCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.submitStaffListFile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileName: string;
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            placedResidents: number;
                            deadline: string;
                            message: string;
                            /** @enum {string} */
                            status: "requested" | "submitted";
                            overdue: boolean;
                            requestedAt: string;
                            version: number;
                        };
                        requirements: {
                            id: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                        }[];
                        latest: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rows: {
                                row: number;
                                name: string;
                                /** @enum {string} */
                                role: "manager" | "treatment_assistant" | "social_worker" | "nurse" | "night_staff" | "other";
                                /** @enum {string} */
                                education: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other" | "behandlingspedagog" | "socialpedagog" | "underskoterska" | "sjukskoterska";
                                yearsInRoleHundredths: number | null;
                                employmentHundredths: number;
                                hoursHundredths: {
                                    day: number;
                                    evening: number;
                                    night: number;
                                };
                                nightAwake: boolean;
                            }[];
                            shifts: {
                                row: number;
                                date: string;
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                awakeHundredths: number;
                            }[];
                        } | null;
                        report: {
                            requirementId: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            /** @enum {string} */
                            outcome: "met" | "not_met" | "not_applicable";
                            measure: {
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                            } | null;
                            countedRows: number[];
                            failedRows: {
                                row: number;
                                reasons: string[];
                            }[];
                            shifts?: {
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                outcome: string;
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                                countedRows: number[];
                            }[];
                            notApplicable?: string;
                            nights?: {
                                date: string;
                                awakeHundredths: number;
                                requiredHundredths: number;
                                /** @enum {string} */
                                reason: "none" | "too_few";
                            }[];
                        }[] | null;
                        history: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rowCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        problems: {
                            /** @enum {string} */
                            section: "staff" | "shifts";
                            row: number;
                            column: string | null;
                            heading: string | null;
                            reason: string;
                            message: string;
                        }[];
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "followup.submitStaffListRows": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        name?: string;
                        role?: string;
                        education?: string;
                        yearsInRole?: string;
                        employmentPercent?: string;
                        dayHours?: string;
                        eveningHours?: string;
                        nightHours?: string;
                        nightAwake?: string;
                    }[];
                    /** @description Per-shift rows (date, shift, awake staff hours), read like the section of a file; leave out for a list of totals */
                    shifts?: {
                        date?: string;
                        shift?: string;
                        awakeHours?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        request: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            };
                            periodFrom: string;
                            periodTo: string;
                            placedResidents: number;
                            deadline: string;
                            message: string;
                            /** @enum {string} */
                            status: "requested" | "submitted";
                            overdue: boolean;
                            requestedAt: string;
                            version: number;
                        };
                        requirements: {
                            id: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                        }[];
                        latest: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rows: {
                                row: number;
                                name: string;
                                /** @enum {string} */
                                role: "manager" | "treatment_assistant" | "social_worker" | "nurse" | "night_staff" | "other";
                                /** @enum {string} */
                                education: "socionomexamen" | "socialradgiver" | "beteendevetare" | "other" | "behandlingspedagog" | "socialpedagog" | "underskoterska" | "sjukskoterska";
                                yearsInRoleHundredths: number | null;
                                employmentHundredths: number;
                                hoursHundredths: {
                                    day: number;
                                    evening: number;
                                    night: number;
                                };
                                nightAwake: boolean;
                            }[];
                            shifts: {
                                row: number;
                                date: string;
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                awakeHundredths: number;
                            }[];
                        } | null;
                        report: {
                            requirementId: string;
                            description: string;
                            requirement: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            /** @enum {string} */
                            outcome: "met" | "not_met" | "not_applicable";
                            measure: {
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                            } | null;
                            countedRows: number[];
                            failedRows: {
                                row: number;
                                reasons: string[];
                            }[];
                            shifts?: {
                                /** @enum {string} */
                                shift: "day" | "evening" | "night";
                                outcome: string;
                                unit: string;
                                measured: number;
                                required: number;
                                shortfall: number;
                                countedRows: number[];
                            }[];
                            notApplicable?: string;
                            nights?: {
                                date: string;
                                awakeHundredths: number;
                                requiredHundredths: number;
                                /** @enum {string} */
                                reason: "none" | "too_few";
                            }[];
                        }[] | null;
                        history: {
                            id: string;
                            source: string;
                            fileName: string | null;
                            submittedAt: string;
                            submittedByName: string;
                            rowCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        problems: {
                            /** @enum {string} */
                            section: "staff" | "shifts";
                            row: number;
                            column: string | null;
                            heading: string | null;
                            reason: string;
                            message: string;
                        }[];
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listCorrections": {
        parameters: {
            query?: {
                supplierId?: string;
                limit?: number;
                offset?: number;
                sort?: "deadline" | "sentOn" | "supplier" | "agreement";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            } | null;
                            visitId: string | null;
                            description: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            sentOn: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "open" | "answered" | "accepted" | "rejected" | "overdue";
                            /** Format: date-time */
                            overdueFlaggedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.createCorrection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agreementId: string;
                    /** Format: uuid */
                    supplierId: string;
                    /** Format: uuid */
                    establishmentId?: string | null;
                    /** Format: uuid */
                    visitId?: string | null;
                    requirementIds: string[];
                    description: string;
                    /** Format: date */
                    deadline?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        body: {
                            id: string;
                            name: string;
                        };
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        } | null;
                        visitId: string | null;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        sentOn: string;
                        deadline: string;
                        /** @enum {string} */
                        state: "open" | "answered" | "accepted" | "rejected" | "overdue";
                        /** Format: date-time */
                        overdueFlaggedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        requirements: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            text: string;
                        }[];
                        answers: {
                            id: string;
                            actionPlan: string;
                            answeredBy: string;
                            /** Format: date-time */
                            answeredAt: string;
                            evidence: {
                                id: string;
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                            }[];
                            /** @enum {string|null} */
                            decision: "accepted" | "rejected" | null;
                            decisionReason: string | null;
                            decidedBy: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.exportCorrections": {
        parameters: {
            query: {
                supplierId?: string;
                sort?: "deadline" | "sentOn" | "supplier" | "agreement";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.correctionChoices": {
        parameters: {
            query?: {
                supplierId?: string;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            id: string;
                            reference: string;
                            title: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            requirements: {
                                id: string;
                                /** @enum {string} */
                                kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                                text: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.correctionSupplierChoices": {
        parameters: {
            query: {
                agreementId: string;
                supplierId?: string;
                /** @description Part of the name, any case */
                q?: string;
                limit?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            establishments: {
                                id: string;
                                name: string;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readCorrection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        body: {
                            id: string;
                            name: string;
                        };
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        } | null;
                        visitId: string | null;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        sentOn: string;
                        deadline: string;
                        /** @enum {string} */
                        state: "open" | "answered" | "accepted" | "rejected" | "overdue";
                        /** Format: date-time */
                        overdueFlaggedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        requirements: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            text: string;
                        }[];
                        answers: {
                            id: string;
                            actionPlan: string;
                            answeredBy: string;
                            /** Format: date-time */
                            answeredAt: string;
                            evidence: {
                                id: string;
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                            }[];
                            /** @enum {string|null} */
                            decision: "accepted" | "rejected" | null;
                            decisionReason: string | null;
                            decidedBy: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.decideCorrection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    decision: "accepted" | "rejected";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        body: {
                            id: string;
                            name: string;
                        };
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        } | null;
                        visitId: string | null;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        sentOn: string;
                        deadline: string;
                        /** @enum {string} */
                        state: "open" | "answered" | "accepted" | "rejected" | "overdue";
                        /** Format: date-time */
                        overdueFlaggedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        requirements: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            text: string;
                        }[];
                        answers: {
                            id: string;
                            actionPlan: string;
                            answeredBy: string;
                            /** Format: date-time */
                            answeredAt: string;
                            evidence: {
                                id: string;
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                            }[];
                            /** @enum {string|null} */
                            decision: "accepted" | "rejected" | null;
                            decisionReason: string | null;
                            decidedBy: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.correctionLetter": {
        parameters: {
            query?: {
                locale?: "sv" | "da" | "en";
            };
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.correctionEvidence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence file, as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listSupplierCorrections": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "deadline" | "sentOn" | "supplier" | "agreement";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            body: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            } | null;
                            visitId: string | null;
                            description: string;
                            /** @enum {string} */
                            country: "SE" | "DK";
                            sentOn: string;
                            deadline: string;
                            /** @enum {string} */
                            state: "open" | "answered" | "accepted" | "rejected" | "overdue";
                            /** Format: date-time */
                            overdueFlaggedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.exportSupplierCorrections": {
        parameters: {
            query: {
                sort?: "deadline" | "sentOn" | "supplier" | "agreement";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readSupplierCorrection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        body: {
                            id: string;
                            name: string;
                        };
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        } | null;
                        visitId: string | null;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        sentOn: string;
                        deadline: string;
                        /** @enum {string} */
                        state: "open" | "answered" | "accepted" | "rejected" | "overdue";
                        /** Format: date-time */
                        overdueFlaggedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        requirements: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            text: string;
                        }[];
                        answers: {
                            id: string;
                            actionPlan: string;
                            answeredBy: string;
                            /** Format: date-time */
                            answeredAt: string;
                            evidence: {
                                id: string;
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                            }[];
                            /** @enum {string|null} */
                            decision: "accepted" | "rejected" | null;
                            decisionReason: string | null;
                            decidedBy: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.answerCorrection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    actionPlan: string;
                    evidence: {
                        fileName: string;
                        contentBase64: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        body: {
                            id: string;
                            name: string;
                        };
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        } | null;
                        visitId: string | null;
                        description: string;
                        /** @enum {string} */
                        country: "SE" | "DK";
                        sentOn: string;
                        deadline: string;
                        /** @enum {string} */
                        state: "open" | "answered" | "accepted" | "rejected" | "overdue";
                        /** Format: date-time */
                        overdueFlaggedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        version: number;
                        requirements: {
                            id: string;
                            /** @enum {string} */
                            kind: "staffing_density" | "awake_night_staff" | "competence_share" | "manager_qualification" | "permit_required";
                            text: string;
                        }[];
                        answers: {
                            id: string;
                            actionPlan: string;
                            answeredBy: string;
                            /** Format: date-time */
                            answeredAt: string;
                            evidence: {
                                id: string;
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                            }[];
                            /** @enum {string|null} */
                            decision: "accepted" | "rejected" | null;
                            decisionReason: string | null;
                            decidedBy: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.supplierCorrectionLetter": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.supplierCorrectionEvidence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                requestId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence file, as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listNotes": {
        parameters: {
            query?: {
                supplierId?: string;
                establishmentId?: string;
                agreementId?: string;
                limit?: number;
                offset?: number;
                sort?: "created" | "agreement" | "supplier";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            establishment: {
                                id: string;
                                name: string;
                            } | null;
                            author: {
                                name: string;
                                organisation: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            sensitive: boolean;
                            concern: boolean;
                            /** @description Null in lists when the note is sensitive */
                            text: string | null;
                            /** @description The caller's organisation owns the agreement */
                            ownNote: boolean;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.writeNote": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agreementId: string;
                    /** Format: uuid */
                    supplierId: string;
                    /** Format: uuid */
                    establishmentId?: string | null;
                    text: string;
                    sensitive: boolean;
                    concern: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        } | null;
                        author: {
                            name: string;
                            organisation: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        sensitive: boolean;
                        concern: boolean;
                        /** @description Null in lists when the note is sensitive */
                        text: string | null;
                        /** @description The caller's organisation owns the agreement */
                        ownNote: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.exportNotes": {
        parameters: {
            query: {
                supplierId?: string;
                establishmentId?: string;
                agreementId?: string;
                sort?: "created" | "agreement" | "supplier";
                order?: "asc" | "desc";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.noteSummary": {
        parameters: {
            query: {
                supplierIds: string[];
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            supplierId: string;
                            notes: {
                                id: string;
                                agreement: {
                                    id: string;
                                    reference: string;
                                    title: string;
                                };
                                supplier: {
                                    id: string;
                                    name: string;
                                };
                                establishment: {
                                    id: string;
                                    name: string;
                                } | null;
                                author: {
                                    name: string;
                                    organisation: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                sensitive: boolean;
                                concern: boolean;
                                /** @description Null in lists when the note is sensitive */
                                text: string | null;
                                /** @description The caller's organisation owns the agreement */
                                ownNote: boolean;
                            }[];
                            openCorrections: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.readNote": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                noteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        agreement: {
                            id: string;
                            reference: string;
                            title: string;
                        };
                        supplier: {
                            id: string;
                            name: string;
                        };
                        establishment: {
                            id: string;
                            name: string;
                        } | null;
                        author: {
                            name: string;
                            organisation: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        sensitive: boolean;
                        concern: boolean;
                        /** @description Null in lists when the note is sensitive */
                        text: string | null;
                        /** @description The caller's organisation owns the agreement */
                        ownNote: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listNoteReads": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "at";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                noteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            at: string;
                            user: string;
                            organisation: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.listEstablishmentHidings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            establishmentId: string;
                            establishmentName: string;
                            supplierId: string;
                            supplierName: string;
                            reason: string;
                            hiddenFrom: string;
                            hiddenTo: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.establishmentsToHide": {
        parameters: {
            query?: {
                /** @description Part of the name, any case */
                q?: string;
                limit?: number;
            };
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            supplierId: string;
                            supplierName: string;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.hideEstablishment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** Format: date */
                    hiddenFrom: string;
                    /** Format: date */
                    hiddenTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            establishmentId: string;
                            establishmentName: string;
                            supplierId: string;
                            supplierName: string;
                            reason: string;
                            hiddenFrom: string;
                            hiddenTo: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.liftEstablishmentHiding": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
                establishmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            establishmentId: string;
                            establishmentName: string;
                            supplierId: string;
                            supplierName: string;
                            reason: string;
                            hiddenFrom: string;
                            hiddenTo: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    "followup.supplierTimeline": {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                sort?: "at";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                orgId: string;
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        supplierId: string;
                        name: string;
                        total: number;
                        limit: number;
                        offset: number;
                        items: {
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            kind: "supplier_hidden" | "supplier_hiding_lifted" | "supplier_terminated" | "establishment_hidden" | "establishment_hiding_lifted" | "permit_checked" | "staff_list_requested" | "staff_list_submitted" | "visit" | "logbook_note" | "correction_requested" | "correction_answered" | "correction_decided" | "orders";
                            actor: string | null;
                            /** @description A path of the web app */
                            link: string | null;
                            detail: {
                                [key: string]: string | number | boolean | null;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.spend": {
        parameters: {
            query?: {
                by?: "municipality" | "service" | "supplier" | "framework" | "procedure" | "period";
                interval?: "month" | "quarter" | "year";
                from?: string;
                to?: string;
                municipalityId?: string;
                serviceId?: string;
                supplierId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract" | "offer_survey";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "municipality" | "service" | "supplier" | "framework" | "procedure" | "period";
                        rows: {
                            /** @description What the row is about: an organisation or category id, agreement:<id> or dps:<id>, a procedure, or a period (2026-03, 2026-Q1, 2026); empty when the order has none */
                            key: string;
                            /** @description The row's name in the reader's language */
                            label: string;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            orders: number;
                            /** @description Minor units (öre, øre, cent) */
                            committedMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            runRateMinor: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.spendByYear": {
        parameters: {
            query?: {
                by?: "service" | "supplier";
                year?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        by: "service" | "supplier";
                        year: number;
                        totals: {
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            /** @description Minor units (öre, øre, cent) */
                            thisYearMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            lastYearMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            changeMinor: number;
                            /** @description One decimal; null when last year was 0 */
                            changePercent: number | null;
                        }[];
                        rows: {
                            /** @description What the row is about: an organisation or category id, agreement:<id> or dps:<id>, a procedure, or a period (2026-03, 2026-Q1, 2026); empty when the order has none */
                            key: string;
                            /** @description The row's name in the reader's language */
                            label: string;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            /** @description Minor units (öre, øre, cent) */
                            thisYearMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            lastYearMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            changeMinor: number;
                            /** @description One decimal; null when last year was 0 */
                            changePercent: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.prices": {
        parameters: {
            query?: {
                interval?: "month" | "quarter" | "year";
                unit?: string;
                from?: string;
                to?: string;
                municipalityId?: string;
                serviceId?: string;
                supplierId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract" | "offer_survey";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: {
                            /** @description 2026-03, 2026-Q1 or 2026 */
                            period: string;
                            serviceId: string;
                            service: string;
                            unit: string;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            orders: number;
                            /** @description Mean of the unit prices of the orders starting in the period, rounded */
                            averageUnitPriceMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            lowestUnitPriceMinor: number;
                            /** @description Minor units (öre, øre, cent) */
                            highestUnitPriceMinor: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportSpend": {
        parameters: {
            query: {
                by?: "municipality" | "service" | "supplier" | "framework" | "procedure" | "period";
                interval?: "month" | "quarter" | "year";
                from?: string;
                to?: string;
                municipalityId?: string;
                serviceId?: string;
                supplierId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract" | "offer_survey";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportSpendByYear": {
        parameters: {
            query: {
                by?: "service" | "supplier";
                year?: number;
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportPrices": {
        parameters: {
            query: {
                interval?: "month" | "quarter" | "year";
                unit?: string;
                from?: string;
                to?: string;
                municipalityId?: string;
                serviceId?: string;
                supplierId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract" | "offer_survey";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.calloffsByProcedure": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                            total: number;
                            open: number;
                            offering: number;
                            evaluation: number;
                            awarded: number;
                            ordered: number;
                            unfulfilled: number;
                            cancelled: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.rankingDeviations": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reasons: {
                            /** @enum {string} */
                            reason: "continuity_for_person" | "siblings_placed_together" | "cannot_meet_must_requirement" | "other";
                            count: number;
                        }[];
                        items: {
                            id: string;
                            /** Format: date-time */
                            decidedAt: string;
                            calloffId: string;
                            municipality: {
                                id: string;
                                name: string;
                            };
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            supplier: {
                                id: string;
                                name: string;
                            };
                            rank: number;
                            /** @enum {string} */
                            reason: "continuity_for_person" | "siblings_placed_together" | "cannot_meet_must_requirement" | "other";
                        }[];
                        /** @description More deviations than listed; the counts hold them all */
                        truncated: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.supplierResponses": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            supplier: {
                                id: string;
                                name: string;
                            };
                            invited: number;
                            settled: number;
                            responded: number;
                            declined: number;
                            bid: number;
                            won: number;
                            /** @description Share 0..1 */
                            responseRate: number | null;
                            /** @description Share 0..1 */
                            declineRate: number | null;
                            /** @description Share 0..1 */
                            bidRate: number | null;
                            /** @description Share 0..1 */
                            winShare: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.needToOrder": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orders: number;
                        medianDays: number | null;
                        buckets: {
                            from: number;
                            to: number | null;
                            count: number;
                        }[];
                        byProcedure: {
                            /** @enum {string} */
                            procedure: "ranking" | "renewed_competition" | "dps_specific_contract";
                            orders: number;
                            medianDays: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.dpsDecisionTimes": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clockWorkingDays: number;
                        items: {
                            dps: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            decided: number;
                            onTime: number;
                            late: number;
                            pending: number;
                            pendingOverdue: number;
                            medianWorkingDays: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.followupCoverage": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plans: {
                            id: string;
                            year: number;
                            body: string;
                            target: number | null;
                            planned: number;
                            done: number;
                            /** @description Share 0..1 */
                            coverage: number | null;
                        }[];
                        corrections: {
                            agreement: {
                                id: string;
                                reference: string;
                                title: string;
                            };
                            open: number;
                            answered: number;
                            overdue: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportCalloffsByProcedure": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportDeviationReasons": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportRankingDeviations": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportSupplierResponses": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportNeedToOrder": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportNeedToOrderByProcedure": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportDpsDecisionTimes": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportFollowupCoverage": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportOpenCorrections": {
        parameters: {
            query: {
                from?: string;
                to?: string;
                municipalityId?: string;
                agreementId?: string;
                dpsId?: string;
                procedure?: "ranking" | "renewed_competition" | "dps_specific_contract";
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.replay": {
        parameters: {
            query: {
                calloffId?: string;
                agreementId?: string;
                from?: string;
                to?: string;
                model: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                basis: "unit_price" | "expected_total";
                priceWeight?: number;
                qualityWeight?: number;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: {
                            calloffId: string;
                            title: string;
                            municipalityName: string;
                            source: {
                                id: string;
                                reference: string;
                                title: string;
                            } | null;
                            tenderDeadline: string;
                            period: string;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            /** @enum {string} */
                            outcome: "replayed" | "refused";
                            /** @enum {string|null} */
                            refusal: "not_opened" | "not_awarded" | "model_not_applicable" | null;
                            problems: string[];
                            actual: {
                                bidId: string;
                                supplierName: string;
                                unitPriceMinor: number;
                                costMinor: number;
                            } | null;
                            replayed: {
                                bidId: string;
                                supplierName: string;
                                unitPriceMinor: number;
                                costMinor: number;
                            } | null;
                            differenceMinor: number | null;
                        }[];
                        more: boolean;
                        byAgreement: {
                            source: {
                                id: string;
                                reference: string;
                                title: string;
                            } | null;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            calloffs: number;
                            /** @description Call-offs another bid would have won */
                            otherWinner: number;
                            actualCostMinor: number;
                            replayedCostMinor: number;
                            /** @description Replayed minus actual: below zero is cheaper */
                            differenceMinor: number;
                        }[];
                        byPeriod: {
                            period: string;
                            /** @enum {string} */
                            currency: "SEK" | "DKK" | "EUR";
                            calloffs: number;
                            /** @description Call-offs another bid would have won */
                            otherWinner: number;
                            actualCostMinor: number;
                            replayedCostMinor: number;
                            /** @description Replayed minus actual: below zero is cheaper */
                            differenceMinor: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.exportReplay": {
        parameters: {
            query: {
                calloffId?: string;
                agreementId?: string;
                from?: string;
                to?: string;
                model: "lowest_price" | "comparison_price" | "price_per_quality_point" | "weighted_score";
                basis: "unit_price" | "expected_total";
                priceWeight?: number;
                qualityWeight?: number;
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.ocdsAgreementReleases": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 release package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        releases: unknown[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.ocdsAgreementRecord": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        records: {
                            ocid: string;
                            releases: unknown[];
                            /** @description An OCDS 1.1 release */
                            compiledRelease: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.publicOcdsAgreement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        records: {
                            ocid: string;
                            releases: unknown[];
                            /** @description An OCDS 1.1 release */
                            compiledRelease: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.ocdsDpsReleases": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 release package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        releases: unknown[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.ocdsDpsRecord": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        records: {
                            ocid: string;
                            releases: unknown[];
                            /** @description An OCDS 1.1 release */
                            compiledRelease: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.publicOcdsDps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                dpsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        records: {
                            ocid: string;
                            releases: unknown[];
                            /** @description An OCDS 1.1 release */
                            compiledRelease: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.ocdsCalloffReleases": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 release package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        releases: unknown[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.ocdsCalloffRecord": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        records: {
                            ocid: string;
                            releases: unknown[];
                            /** @description An OCDS 1.1 release */
                            compiledRelease: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.publicOcdsCalloff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                calloffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OCDS 1.1 record package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        uri: string;
                        /** @enum {string} */
                        version: "1.1";
                        extensions: string[];
                        /** Format: date-time */
                        publishedDate: string;
                        publisher: {
                            name: string;
                            scheme: string;
                            uid: string;
                        };
                        records: {
                            ocid: string;
                            releases: unknown[];
                            /** @description An OCDS 1.1 release */
                            compiledRelease: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.ocdsPublishing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        published: boolean;
                        /** Format: date-time */
                        changedAt: string | null;
                        publicPath: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "insights.changeOcdsPublishing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    published: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        published: boolean;
                        /** Format: date-time */
                        changedAt: string | null;
                        publicPath: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
}
