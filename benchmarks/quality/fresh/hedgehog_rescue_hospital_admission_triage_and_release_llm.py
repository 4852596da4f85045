"""Hedgehog rescue hospital: admission triage and release, the first design.

A volunteer-run hedgehog rescue takes reports from members of the public who
find a hedgehog in trouble. The finder fills in a web form on the rescue's site
with their contact details, where the animal was found, what it is doing and a
few photos. A triage service sends the description and photos, with the
rescue's own first-aid guidance, to a hosted multimodal LLM, which suggests a
triage priority and writes first-aid advice; the advice is e-mailed straight
back to the finder through a transactional e-mail provider, and the priority
goes on the admissions queue for the on-call coordinator, who decides on
intake. In the hospital, carers log weights, feeds and treatments on one shared
tablet; the partner vet reviews the case history and approves each release.
Everything runs on one small cloud hosting account. Controls: upload checks on
the form, passwords for the web app (a shared PIN on the ward tablet), the
hosting provider's disk encryption and the vet's sign-off on releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hedgehog rescue admission triage and release",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Public hedgehog reports triaged by a hosted LLM, first-aid advice e-mailed back, "
        "care logged on a ward tablet, releases approved by a vet."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Finder report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Finder's name, e-mail, phone, find location and the animal's behaviour.",
)
photos = tg.Data("Hedgehog photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data("Submission confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "First-aid guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The rescue's triage criteria and first-aid sheets, used as the system prompt.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidance, the finder's description and location, and the photos.",
)
suggestion = tg.Data(
    "Suggested triage priority and first-aid advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
advice_email = tg.Data("First-aid advice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
admission = tg.Data(
    "Admission record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
intake_decision = tg.Data("Intake decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
care_log = tg.Data(
    "Care log entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weights, feeds, medication doses and treatments per hedgehog.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public who finds a hedgehog; no account needed.
    finder = tm.add(tg.Actor("Finder", role="member of the public"))
    # The on-call volunteer works the admissions queue from their own phone at home.
    coordinator = tm.add(tg.Actor("On-call coordinator", role="volunteer coordinator"))

with tm.boundary("Rescue hosting account", trust=tg.Trust.INTERNAL):
    # The public report form: the only way hedgehogs are reported online.
    form = tm.add(
        tg.Endpoint(
            "Admission report form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="photo type and size checked, max 5 photos"),
            },
        )
    )
    # Glue code: builds the prompt, calls the LLM, files the case, sends the advice.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Calls the LLM on each new report and e-mails its advice to the finder.",
        )
    )
    # The rescue's own triage criteria and first-aid sheets.
    guidance_store = tm.add(tg.DataStore("First-aid guidance documents", stores={guidance}))
    # Uploaded photos, kept with the case.
    photo_store = tm.add(tg.DataStore("Photo storage", stores={photos}))
    # Admissions, triage suggestions, care logs and release decisions.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={admission, suggestion, intake_decision, care_log, release_approval},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # One web app for the coordinator's queue, the carers' care log and the vet's sign-off.
    web_app = tm.add(
        tg.Service(
            "Rescue web app",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password per volunteer; shared PIN on the ward tablet"
                ),
                c.HumanInTheLoop(
                    approver="partner vet",
                    note="no release is recorded without the vet's approval",
                ),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers advice to finders.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Rescue hospital", trust=tg.Trust.INTERNAL):
    # One tablet in the ward, passed between carers on shift.
    tablet = tm.add(tg.Device("Shared ward tablet", fleet=False))
    # Volunteers who weigh, feed and treat the hedgehogs.
    carer = tm.add(tg.Actor("Carer", role="volunteer carer"))

with tm.boundary("Vet practice", trust=tg.Trust.PARTNER):
    # The partner vet who checks each case and approves release.
    vet = tm.add(tg.Actor("Partner vet", role="vet"))

# ---------------------------------------------------------------- flows
tm.flow(finder, form, report, photos, protocol="https")
tm.flow(form, finder, confirmation, protocol="https")
tm.flow(form, triage, report, photos)
tm.flow(triage, photo_store, photos)
tm.flow(guidance_store, triage, guidance)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")
tm.flow(triage, case_db, admission, suggestion)
tm.flow(triage, mailer, advice_email, protocol="https")
tm.flow(mailer, finder, advice_email, protocol="smtp")

tm.flow(case_db, web_app, admission, suggestion, care_log, release_approval)
tm.flow(web_app, case_db, intake_decision, care_log, release_approval)
tm.flow(photo_store, web_app, photos)
tm.flow(
    web_app, coordinator, admission, suggestion, photos, protocol="https", label="admissions queue"
)
tm.flow(coordinator, web_app, intake_decision, protocol="https")

tm.flow(carer, tablet, care_log, label="typed on the touchscreen")
tm.flow(tablet, carer, admission, care_log, label="on the touchscreen")
tm.flow(tablet, web_app, care_log, protocol="https")
tm.flow(web_app, tablet, admission, care_log, protocol="https")

tm.flow(web_app, vet, admission, care_log, photos, protocol="https", label="case history")
tm.flow(vet, web_app, release_approval, protocol="https")
