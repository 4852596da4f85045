"""Scout camp consent and medical forms, with LLM briefing sheets: first design.

A national scouting association's volunteer leaders set up a camp in the forms
portal and pick the young people going from the membership database. Parents get
an e-mailed link and fill in a consent form and a medical and dietary form for
each child. A briefing service sends each child's forms to a hosted LLM, which
summarises medical and dietary needs into a camp briefing sheet and lists any
consents still missing. Leaders sign in with the association's SSO on their
phones and download the sheets to use at camp, often without signal. The
association's safeguarding team can search and read every form from a console.
Everything runs in the association's cloud account; the LLM, the e-mail sender
and the SSO are outside providers. Controls: TLS everywhere, SSO for leaders and
staff, encrypted form storage, a vendor data-processing review of the LLM API.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scout camp consent and medical forms with LLM briefings",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Parents submit camp consent and medical forms online; an LLM writes per-child "
        "briefing sheets for volunteer leaders; safeguarding staff see all forms."
    ),
)

# ---------------------------------------------------------------- data assets
camp_setup = tg.Data(
    "Camp setup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Camp dates, location, leaders and the young people invited.",
)
roster = tg.Data(
    "Camp roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Children attending, their ages and parent contact details.",
)
invitation = tg.Data(
    "Form invitation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, camp and a personal link to the forms.",
)
consent_form = tg.Data(
    "Consent form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Activity, photo and emergency-treatment consents, signed by a parent.",
)
medical_form = tg.Data(
    "Medical and dietary form",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Conditions, medication, allergies, dietary needs, GP details.",
)
briefing_prompt = tg.Data(
    "Briefing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus one child's medical form and consent status.",
)
llm_summary = tg.Data(
    "LLM needs summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
briefing_sheet = tg.Data(
    "Camp briefing sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="PDF per camp: each child's medical and dietary needs and missing consents.",
)
sheet_request = tg.Data("Briefing sheet download request", kind="records")
sso_sign_in = tg.Data("Leader SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
form_search = tg.Data("Safeguarding form search", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and guardians: fill in forms from any browser, no account.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))
    # Volunteer leaders: set up camps and read briefing sheets at camp.
    leader = tm.add(tg.Actor("Volunteer leader", role="camp leader"))
    # Leaders' own phones: the briefing sheet PDF is kept there for use offline.
    phone = tm.add(
        tg.Device(
            "Leader phone",
            description="Leaders' personal phones; sheets saved as PDF in the browser downloads.",
        )
    )

with tm.boundary("SSO provider", trust=tg.Trust.PARTNER):
    # The association's existing member sign-in, hosted by an identity vendor.
    sso = tm.add(tg.ExternalService("Association SSO", provides="identity-provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends the parents their form links.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the per-child summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin="third-party-api",
            controls={
                c.SupplierAssessment(note="DPA signed; EU region; no training on our inputs"),
            },
        )
    )

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Public web app: parents' forms, leaders' camp setup and sheet downloads.
    portal = tm.add(
        tg.Endpoint(
            "Camp forms portal",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="parents: personal e-mailed link; leaders: association SSO (OIDC)"
                ),
                c.InputValidation(note="form schema and field checks"),
            },
        )
    )
    # Keeps camps and forms, sends invitations, tracks which forms are in.
    forms_service = tm.add(tg.Service("Forms service"))
    # Builds one prompt per child, calls the LLM, assembles the camp sheet.
    briefing = tm.add(
        tg.Service(
            "Briefing service",
            description="Runs when a leader asks for a sheet; missing consents listed from form status.",
        )
    )
    # Existing membership system: source of who is in which group.
    membership = tm.add(tg.DataStore("Membership database", stores={roster}))
    # Submitted forms, one row per child per camp.
    forms_db = tm.add(
        tg.DataStore(
            "Forms database",
            stores={consent_form, medical_form, camp_setup},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Generated PDFs, kept until the camp ends.
    sheet_store = tm.add(tg.DataStore("Briefing sheet store", stores={briefing_sheet}))
    # Read-only search over all forms and sheets for safeguarding staff.
    console = tm.add(
        tg.Endpoint(
            "Safeguarding console",
            purpose="api",
            controls={
                c.Authentication(method="association SSO with MFA"),
                c.RBAC(note="safeguarding team role only"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Paid safeguarding staff at the national office.
    safeguarding = tm.add(tg.Actor("Safeguarding officer", role="safeguarding team"))

# ---------------------------------------------------------------- flows
# Leader signs in and sets up a camp.
tm.flow(leader, phone, sso_sign_in, label="signs in")
tm.flow(phone, sso, sso_sign_in, protocol="https")
tm.flow(sso, phone, id_token, protocol="https")
tm.flow(leader, phone, camp_setup, label="sets up camp")
tm.flow(phone, portal, id_token, camp_setup, protocol="https")
tm.flow(portal, forms_service, camp_setup)
tm.flow(membership, forms_service, roster, label="members in the group")

# Parents are invited and fill in the forms.
tm.flow(forms_service, mailer, invitation, protocol="https")
tm.flow(mailer, parent, invitation, protocol="smtp")
tm.flow(parent, portal, consent_form, medical_form, protocol="https")
tm.flow(
    portal, parent, consent_form, medical_form, protocol="https", label="copy of submitted forms"
)
tm.flow(portal, forms_service, consent_form, medical_form)
tm.flow(forms_service, forms_db, consent_form, medical_form, camp_setup)
tm.flow(forms_db, forms_service, consent_form, medical_form, camp_setup)

# Briefing sheet generation.
tm.flow(phone, portal, sheet_request, protocol="https")
tm.flow(portal, briefing, sheet_request)
tm.flow(forms_db, briefing, consent_form, medical_form, camp_setup)
tm.flow(briefing, llm, briefing_prompt, protocol="https")
tm.flow(llm, briefing, llm_summary, protocol="https")
tm.flow(briefing, sheet_store, briefing_sheet)
tm.flow(sheet_store, portal, briefing_sheet)
tm.flow(portal, phone, briefing_sheet, protocol="https", label="PDF download")
tm.flow(phone, leader, briefing_sheet, label="read at camp")

# Safeguarding team.
tm.flow(safeguarding, console, form_search, protocol="https")
tm.flow(forms_db, console, consent_form, medical_form)
tm.flow(sheet_store, console, briefing_sheet)
tm.flow(console, safeguarding, consent_form, medical_form, briefing_sheet, protocol="https")
