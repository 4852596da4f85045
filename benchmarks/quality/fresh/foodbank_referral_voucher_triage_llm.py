"""Foodbank referral voucher triage: the first design, before any security review.

A regional foodbank network issues food parcels against vouchers from referral
agencies (advice centres, schools, GP surgeries, housing officers). Caseworkers at
those agencies sign in to a web referral portal and submit a voucher request: the
household's details, dietary needs and a free-text account of their circumstances.
A triage service in the network's cloud tenancy reads new referrals, adds the
network's parcel allocation guidelines and current warehouse stock, and asks a
hosted LLM to rate urgency and draft a parcel allocation. Volunteers at the
distribution centres work the triage queue in a web console from their own
laptops and phones, confirm or change each draft, and only then is the voucher
issued and texted to the client through an SMS provider. Controls in this design:
agency and volunteer sign-in with e-mail and password, form validation on the
portal, role-based access in the console, encryption at rest for the case
database, a triage log, and a volunteer's confirmation before any voucher goes out.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Foodbank referral voucher triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Referral agencies submit voucher requests; an LLM rates urgency and drafts "
        "parcel allocations that volunteers confirm before vouchers are issued."
    ),
)

# ---------------------------------------------------------------- data assets
voucher_request = tg.Data(
    "Voucher request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Client name, address, phone, household make-up, dietary needs, referring agency.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
circumstances = tg.Data(
    "Circumstances free text",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description=(
        "The caseworker's own words about the household's situation; often mentions "
        "health, disability, debt, domestic abuse or immigration status."
    ),
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System instructions, guidelines, stock levels, the request and circumstances.",
)
triage_draft = tg.Data(
    "Urgency triage and draft parcel allocation",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Urgency band, short rationale and a proposed parcel (size, items, collection window).",
)
guidelines = tg.Data(
    "Parcel allocation guidelines",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Parcel contents per household size, dietary substitutions, voucher limits.",
)
stock_levels = tg.Data(
    "Warehouse stock levels", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
allocation_decision = tg.Data(
    "Volunteer allocation decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The volunteer's confirmed or amended urgency and parcel.",
)
issued_voucher = tg.Data(
    "Issued voucher",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Voucher code, distribution centre and collection window.",
)
voucher_sms = tg.Data("Voucher text message", sensitivity=tg.Sensitivity.PII, kind="documents")
triage_log = tg.Data(
    "Triage log",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Each prompt and LLM response, with the referral id and time.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Caseworkers at partner agencies; any registered agency can refer.
    caseworker = tm.add(tg.Actor("Referral agency caseworker", role="referral agency caseworker"))
    # Volunteers use their own laptops and phones at church halls and at home.
    volunteer = tm.add(tg.Actor("Distribution centre volunteer", role="foodbank volunteer"))
    # The person the voucher is for; only receives a text message.
    client = tm.add(tg.Actor("Client", role="foodbank client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model, called over its public API.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Rates urgency and drafts a parcel allocation for each referral.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS service the network already uses for collection reminders.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Foodbank network cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web form agencies use to refer households and see voucher status.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency account e-mail and password"),
                c.InputValidation(note="required fields, lengths and postcode format"),
            },
        )
    )
    # Single system of record for referrals, drafts and issued vouchers.
    case_db = tm.add(
        tg.DataStore(
            "Voucher case database",
            stores={
                voucher_request,
                circumstances,
                triage_draft,
                allocation_decision,
                issued_voucher,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Picks up new referrals, builds the prompt, calls the LLM, stores the draft.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Runs on each new referral; never issues a voucher itself.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Reference rules the coordinator maintains; fed into every prompt.
    guidelines_store = tm.add(tg.DataStore("Allocation guidelines store", stores={guidelines}))
    # Stock counts, so the draft only proposes items the centre actually has.
    stock_db = tm.add(tg.DataStore("Warehouse stock database", stores={stock_levels}))
    # Where prompts and responses are kept for later checking.
    log_store = tm.add(tg.DataStore("Triage log store", stores={triage_log}))
    # Volunteers review drafts, confirm allocations and issue vouchers here.
    console = tm.add(
        tg.Endpoint(
            "Volunteer triage console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual volunteer e-mail and password"),
                c.RBAC(note="volunteers see the queue of their own distribution centre"),
                c.HumanInTheLoop(
                    approver="distribution centre volunteer",
                    note="every voucher is confirmed by a volunteer before it is issued",
                ),
            },
        )
    )

with tm.boundary("Network office", trust=tg.Trust.INTERNAL):
    # Paid staff member who runs the warehouse and writes the allocation rules.
    coordinator = tm.add(
        tg.Actor("Warehouse coordinator", role="foodbank staff coordinator", privileged=True)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# referral in, status back
tm.flow(caseworker, portal, voucher_request, circumstances, protocol="https", controls={tls})
tm.flow(portal, caseworker, issued_voucher, protocol="https", label="voucher status")
tm.flow(portal, case_db, voucher_request, circumstances)

# triage
tm.flow(case_db, triage, voucher_request, circumstances, label="new referrals")
tm.flow(guidelines_store, triage, guidelines)
tm.flow(stock_db, triage, stock_levels)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, triage_draft, protocol="https")
tm.flow(triage, case_db, triage_draft)
tm.flow(triage, log_store, triage_log)

# volunteer review and issue
tm.flow(case_db, console, voucher_request, circumstances, triage_draft)
tm.flow(console, volunteer, voucher_request, circumstances, triage_draft, protocol="https")
tm.flow(volunteer, console, allocation_decision, protocol="https")
tm.flow(console, case_db, allocation_decision, issued_voucher)
tm.flow(case_db, portal, issued_voucher, label="voucher status")
tm.flow(console, sms_gateway, voucher_sms, protocol="https")
tm.flow(sms_gateway, client, voucher_sms, protocol="sms")

# reference data upkeep
tm.flow(coordinator, guidelines_store, guidelines, protocol="https", label="edits guidelines")
tm.flow(coordinator, stock_db, stock_levels, protocol="https", label="weekly stock count")
