"""Coastal lifeboat station callout log and training LLM: the first design, before review.

A volunteer lifeboat station replaces its paper logbook with a small web app that crew
open on their own phones. Crew log each callout (times, crew on board, casualty
details, sea state, photos) and each training exercise. Launch taskings arrive from the
coastguard paging service as a webhook and open a draft callout entry. After a shout, the
app asks a drafting service to turn the log into the incident report the national
charity requires; the service sends the log to a hosted LLM, together with the
charity's competence standards, and the same call suggests gaps in crew training. The
coxswain reviews and edits every draft and only then submits it to the charity's
reporting portal; the training officer sees the training suggestions. The app runs in
a small cloud tenancy paid for by the station, with individual crew logins, crew and
coxswain roles, TLS and the provider's default encryption on the database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Coastal lifeboat station callout log and training LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Crew logbook app with LLM-drafted incident reports and training gap suggestions.",
)

# ---------------------------------------------------------------- data assets
callout_log = tg.Data(
    "Callout log entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Times, crew on board, casualty names, injuries and first aid given.",
)
training_record = tg.Data(
    "Training exercise record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Exercise, crew attending, competences signed off.",
)
photos = tg.Data("Callout photos", kind="media", sensitivity=tg.Sensitivity.PII)
tasking = tg.Data(
    "Launch tasking",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pager message: time, position, vessel or casualty, nature of incident.",
)
standards = tg.Data(
    "Crew competence standards", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the callout log, crew training history and the standards.",
)
completion = tg.Data(
    "LLM draft and suggestions", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_report = tg.Data("Draft incident report", kind="model-output", sensitivity=tg.Sensitivity.PII)
training_gaps = tg.Data(
    "Suggested training gaps", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approved_report = tg.Data(
    "Approved incident report", kind="records", sensitivity=tg.Sensitivity.PII
)
receipt = tg.Data("Submission receipt", kind="records")
training_plan = tg.Data("Training plan", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer crew use the app from their own phones, wherever they are.
    crew = tm.add(tg.Actor("Crew member", role="volunteer crew"))
    # Reviews every draft report and submits it; the station's senior helm.
    coxswain = tm.add(tg.Actor("Coxswain", role="coxswain"))
    # Plans exercises from the training suggestions.
    training_officer = tm.add(tg.Actor("Training officer", role="station training officer"))

with tm.boundary("National charity and coastguard", trust=tg.Trust.PARTNER):
    # Coastguard paging service forwards launch requests to the station.
    pager = tm.add(
        tg.DataSource("Coastguard pager feed", origin=tg.Origin.PARTNER, provides={tasking})
    )
    # The charity publishes the competence standards crew are trained against.
    standards_source = tm.add(
        tg.DataSource(
            "Charity competence standards", origin=tg.Origin.PARTNER, provides={standards}
        )
    )
    # Where stations must file incident reports.
    charity_portal = tm.add(tg.ExternalService("Charity incident reporting portal"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Station cloud tenancy", trust=tg.Trust.INTERNAL):
    # The logbook web app crew sign in to; also submits approved reports.
    logbook = tm.add(
        tg.Endpoint(
            "Logbook app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="individual e-mail and password"),
                tg.controls.RBAC(note="crew, coxswain and training officer roles"),
                tg.controls.HumanInTheLoop(approver="the coxswain"),
            },
        )
    )
    # Callouts, training records, drafts and submitted reports.
    logbook_db = tm.add(
        tg.DataStore(
            "Logbook database",
            stores={callout_log, training_record, draft_report, approved_report, training_plan},
            controls={tg.controls.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Photos attached to callout entries.
    photo_store = tm.add(tg.DataStore("Photo attachment bucket", stores={photos}))
    # Builds the prompt, calls the LLM, splits the answer into report and training gaps.
    drafting = tm.add(tg.Service("Report drafting service"))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(crew, logbook, callout_log, training_record, photos, protocol="https", controls={tls})
tm.flow(logbook, crew, callout_log, training_record, protocol="https", controls={tls})
tm.flow(pager, logbook, tasking, protocol="https", controls={tls}, label="webhook")

tm.flow(logbook, logbook_db, callout_log, training_record, draft_report, approved_report)
tm.flow(logbook_db, logbook, callout_log, training_record, draft_report)
tm.flow(logbook, photo_store, photos)
tm.flow(photo_store, logbook, photos)

tm.flow(logbook, drafting, callout_log, label="draft report request")
tm.flow(logbook_db, drafting, training_record, label="crew training history")
tm.flow(standards_source, drafting, standards, protocol="https", label="monthly download")
tm.flow(drafting, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafting, completion, protocol="https", controls={tls})
tm.flow(drafting, logbook, draft_report, training_gaps)

tm.flow(logbook, coxswain, draft_report, protocol="https", controls={tls})
tm.flow(
    coxswain, logbook, approved_report, protocol="https", controls={tls}, label="edits and approves"
)
tm.flow(logbook, charity_portal, approved_report, protocol="https", controls={tls})
tm.flow(charity_portal, logbook, receipt, protocol="https", controls={tls})

tm.flow(logbook, training_officer, training_gaps, protocol="https", controls={tls})
tm.flow(training_officer, logbook, training_plan, protocol="https", controls={tls})
tm.flow(logbook, logbook_db, training_plan)
