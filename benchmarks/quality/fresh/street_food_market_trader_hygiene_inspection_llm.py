"""Street food market hygiene reports: the first design of the LLM-drafted inspection tool.

A company that runs weekly street food markets in UK towns has its own hygiene
inspectors walk the stalls. On a company tablet app they photograph each stall and
type notes; the app uploads both to an inspection API in the company's cloud account.
A report generator combines the notes, photos, the trader's previous inspections and
the market's hygiene guidance into a prompt for a hosted multimodal LLM, which drafts
a hygiene report with a rating and required actions. The inspector reads the draft on
the tablet, edits it and signs it off; only signed-off reports are sent, by a dispatch
service through an e-mail provider, to the trader and to the council's environmental
health team. The market manager keeps the trader register through the same API.
Controls in this design: inspector sign-in by e-mail and password with inspector and
manager roles, TLS on every link to the cloud, provider-default encryption of the photo
bucket and inspection database, the LLM key in the secret manager, and sign-off by the
inspector before anything is sent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Street food market hygiene inspection reports",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Inspectors' photos and notes summarised by an LLM into hygiene reports "
    "for traders and the council.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Stall inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Food prep areas, fridges, hand-wash stations; staff are often in shot.",
)
notes = tg.Data(
    "Inspector notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text observations, fridge temperatures, trader and staff names.",
)
inspection_history = tg.Data(
    "Inspection history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Past notes, ratings and reports per trader.",
)
trader_details = tg.Data(
    "Trader details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trader and business name, pitch, contact e-mail, council registration.",
)
guidance = tg.Data(
    "Hygiene guidance and market rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, guidance excerpts, notes, photos and the last report.",
)
llm_summary = tg.Data(
    "LLM report summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Findings, hygiene rating and required actions, as drafted by the model.",
)
draft_report = tg.Data("Draft hygiene report", kind="documents", sensitivity=tg.Sensitivity.PII)
sign_off = tg.Data(
    "Inspector sign-off and edits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
final_report = tg.Data(
    "Signed-off hygiene report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Stallholders; they receive their own reports by e-mail.
    trader = tm.add(tg.Actor("Market trader", role="stallholder"))

with tm.boundary("Council", trust=tg.Trust.PARTNER):
    # Environmental health officers; they get every report and may follow up.
    council = tm.add(tg.Actor("Council environmental health officer", role="regulator"))

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that drafts the report text.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts findings, a rating and actions; the council may act on them.",
        )
    )
    # Transactional e-mail to traders and the council.
    email_service = tm.add(tg.ExternalService("E-mail delivery provider"))

with tm.boundary("Market field operations", trust=tg.Trust.INTERNAL):
    # Company-employed inspectors on market days.
    inspector = tm.add(tg.Actor("Hygiene inspector", role="inspector"))
    # Company tablets running the inspection app; used on market mobile data.
    tablet = tm.add(
        tg.Device(
            "Inspector tablet app",
            fleet=True,
            description="Captures photos and notes; shows drafts for sign-off.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Runs the markets, keeps the trader list, reads all reports.
    manager = tm.add(tg.Actor("Market manager", role="operations manager"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Backend for the tablet app and the manager's admin pages.
    api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="inspector and manager roles"),
            },
        )
    )
    # Object bucket of stall photos.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Notes, drafts and signed-off reports, per trader and market day.
    inspection_db = tm.add(
        tg.DataStore(
            "Inspection database",
            stores={notes, inspection_history, draft_report, final_report},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Who trades at which pitch, and how to reach them.
    trader_register = tm.add(tg.DataStore("Trader register", stores={trader_details}))
    # The market's hygiene checklist and FSA-based guidance, given to the model as context.
    guidance_store = tm.add(tg.DataStore("Hygiene guidance library", stores={guidance}))
    # Assembles the prompt, calls the LLM, stores the draft.
    generator = tm.add(
        tg.Service(
            "Report generator",
            description="Runs when an inspection is uploaded; one LLM call per stall.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Sends reports once the inspector has signed them off.
    dispatch = tm.add(
        tg.Service(
            "Report dispatch service",
            description="E-mails each signed-off report to the trader and the council.",
            controls={
                c.HumanInTheLoop(approver="the inspecting officer signs off each draft"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# capture
tm.flow(inspector, tablet, photos, notes, label="taken at the stall")
tm.flow(tablet, api, photos, notes, protocol="https")
tm.flow(api, photo_store, photos)
tm.flow(api, inspection_db, notes)

# drafting
tm.flow(photo_store, generator, photos)
tm.flow(inspection_db, generator, notes, inspection_history)
tm.flow(trader_register, generator, trader_details)
tm.flow(guidance_store, generator, guidance)
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, llm_summary, protocol="https")
tm.flow(generator, inspection_db, draft_report)

# review and sign-off
tm.flow(inspection_db, api, draft_report)
tm.flow(api, tablet, draft_report, protocol="https")
tm.flow(tablet, inspector, draft_report)
tm.flow(inspector, tablet, sign_off)
tm.flow(tablet, api, sign_off, protocol="https")
tm.flow(api, inspection_db, final_report, label="stores signed-off version")
tm.flow(api, dispatch, sign_off)

# sending
tm.flow(inspection_db, dispatch, final_report)
tm.flow(trader_register, dispatch, trader_details, label="contact e-mail")
tm.flow(dispatch, email_service, final_report, protocol="https")
tm.flow(email_service, trader, final_report, protocol="smtp")
tm.flow(email_service, council, final_report, protocol="smtp")

# administration
tm.flow(manager, api, trader_details, protocol="https", label="maintains trader list")
tm.flow(api, trader_register, trader_details)
tm.flow(api, manager, final_report, inspection_history, protocol="https", label="reports dashboard")
