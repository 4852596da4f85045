"""Allotment plot inspection with LLM-drafted cultivation notices: the first design.

A town council's allotment inspection officers walk each site every quarter and
photograph plots with the inspection app on council-managed tablets, adding a
short observation per plot. Photos and notes go over HTTPS to an inspection API
in the council's cloud tenancy and land in a photo store (encrypted at rest).
A drafting service takes a plot's photos and notes, the tenant's details from
the allotment tenancy system and the council's allotment rules and notice
templates, and asks a hosted multimodal LLM (vendor API, UK region) to draft a
cultivation notice. Drafts wait in a queue until the allotment officer reviews
them in a web portal (council Microsoft 365 sign-in with MFA); only notices the
officer approves, edited or not, are sent to tenants through GOV.UK Notify by
e-mail or letter, and the issue is recorded on the tenancy. The portal keeps an
audit log of approvals; tenancy records are role-restricted to allotment staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment plot inspection notice drafting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Officers photograph allotment plots; an LLM drafts cultivation notices the allotment officer approves.",
)

# ---------------------------------------------------------------- data assets
plot_photos = tg.Data(
    "Plot inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Geotagged photos per plot number; tenants, visitors or children are sometimes in shot.",
)
inspection_notes = tg.Data(
    "Inspection notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plot number, date, officer, cultivation observation and free-text remarks.",
)
round_list = tg.Data(
    "Inspection round list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plots due for inspection with tenant name and previous notices.",
)
tenancies = tg.Data(
    "Allotment tenancy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Tenant names, postal and e-mail addresses, plot numbers, rent and notice history.",
)
rules = tg.Data(
    "Allotment rules and notice templates",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The tenancy agreement's cultivation clauses and the council's notice wording.",
)
draft_prompt = tg.Data(
    "Notice drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the plot's photos and notes, the tenant's name and the relevant rules.",
)
draft_notice = tg.Data(
    "Draft cultivation notice",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
approval = tg.Data(
    "Notice approval and edits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The officer's approve / reject decision and any edits to the wording.",
)
approved_notice = tg.Data(
    "Approved cultivation notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
delivery_status = tg.Data(
    "Notice delivery status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The plot holder who receives the notice; they reply by post or to the allotments mailbox.
    tenant = tm.add(tg.Actor("Plot tenant", role="allotment tenant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model behind the vendor's API; writes the first draft of each notice.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-and-text model, UK data region, called per plot.",
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government messaging platform the council already uses to send e-mails and letters.
    notify = tm.add(
        tg.ExternalService(
            "GOV.UK Notify",
            description="Sends the notice by e-mail, or prints and posts it as a letter.",
        )
    )

with tm.boundary("Council field devices", trust=tg.Trust.INTERNAL):
    # The officer on site; photographs plots and types observations.
    inspector = tm.add(tg.Actor("Inspection officer", role="council inspection officer"))
    # Council-issued tablet running the inspection app, on 4G at the allotment sites.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet app",
            fleet=True,
            description="MDM-enrolled council tablets; the app caches the round list and uploads photos.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from the tablets and serves them their round list.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council Microsoft 365 sign-in with MFA")},
        )
    )
    # Blob storage for the photos and notes of every inspection.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo store",
            stores={plot_photos, inspection_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Static reference documents the drafts are written against.
    rules_store = tm.add(tg.DataStore("Allotment rules and templates", stores={rules}))
    # Builds the prompt per inspected plot, calls the LLM and queues the draft.
    drafter = tm.add(
        tg.Service(
            "Notice drafting service",
            description="Runs after each upload; one LLM call per plot with photos, notes, tenant and rules.",
        )
    )
    # Drafts waiting for the allotment officer, and their approval state.
    draft_queue = tm.add(tg.DataStore("Draft notice queue", stores={draft_notice, approved_notice}))
    # Web app where the allotment officer reads drafts next to the photos and approves them.
    portal = tm.add(
        tg.Endpoint(
            "Notice review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(approver="the allotment officer"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The council's existing allotment management system: the tenancy system of record.
    tenancy_db = tm.add(
        tg.DataStore(
            "Allotment tenancy system",
            stores={tenancies},
            controls={c.RBAC(note="allotment team roles only")},
        )
    )
    # Approves, edits or rejects every draft before anything is sent.
    officer = tm.add(tg.Actor("Allotment officer", role="allotment officer"))

# ---------------------------------------------------------------- flows
# On site
tm.flow(
    inspector,
    tablet,
    plot_photos,
    inspection_notes,
    label="photographs plot and records observations",
)
tm.flow(tablet, inspector, round_list, label="shows plots due")
tm.flow(tenancy_db, inspection_api, round_list, label="plots due for inspection")
tm.flow(inspection_api, tablet, round_list, protocol="https")
tm.flow(tablet, inspection_api, plot_photos, inspection_notes, protocol="https", label="upload")
tm.flow(inspection_api, photo_store, plot_photos, inspection_notes)

# Drafting
tm.flow(photo_store, drafter, plot_photos, inspection_notes)
tm.flow(tenancy_db, drafter, tenancies, label="tenant and notice history")
tm.flow(rules_store, drafter, rules)
tm.flow(drafter, llm, draft_prompt, protocol="https")
tm.flow(llm, drafter, draft_notice, protocol="https")
tm.flow(drafter, draft_queue, draft_notice)

# Review and sending
tm.flow(draft_queue, portal, draft_notice)
tm.flow(photo_store, portal, plot_photos, inspection_notes, label="evidence shown beside the draft")
tm.flow(portal, officer, draft_notice, plot_photos, inspection_notes, protocol="https")
tm.flow(officer, portal, approval, protocol="https")
tm.flow(portal, draft_queue, approved_notice, label="marks approved")
tm.flow(portal, notify, approved_notice, protocol="https")
tm.flow(notify, portal, delivery_status, protocol="https", label="delivery status")
tm.flow(notify, tenant, approved_notice, protocol="smtp", label="e-mail or posted letter")
tm.flow(portal, tenancy_db, approved_notice, label="records notice on the tenancy")
