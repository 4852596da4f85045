"""Moth trap species ID assistant: the first design, before any security review.

A county-based conservation society runs an assistant for the volunteers who
run moth traps overnight in their gardens and on reserves. In the morning a
volunteer signs in to the recording web app (e-mail and password), uploads
photos of the catch with the date and trap location, and an identification
service asks a hosted multimodal LLM for likely species, each with a
confidence, constrained to the county checklist and flight periods. The
volunteer picks or corrects the species and submits the record. County moth
recorders (expert volunteers) sign in to a verifier portal, see the pending
records for their vice-counties with the photos, and accept or reject them;
volunteers are told by e-mail. Verified records go to the national biodiversity
records centre each quarter, and a monthly job scores the LLM on verified photos.
Everything runs in the society's cloud account; uploads are size- and type-checked
and quota-limited, stores are encrypted at rest, and no record counts until verified.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Moth trap species ID assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Volunteers' moth trap photos identified by an LLM, verified by county recorders.",
)

# ---------------------------------------------------------------- data assets
trap_photo = tg.Data(
    "Trap photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo of moths on egg trays; EXIF keeps the GPS of the volunteer's garden.",
)
sighting = tg.Data(
    "Sighting details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Date, trap site grid reference, trap type, counts and the recorder's name.",
)
id_prompt = tg.Data(
    "Identification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the photo, the date and the checklist species in flight.",
)
suggestion = tg.Data(
    "Species suggestions with confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
checklist = tg.Data(
    "County species checklist",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Species recorded per vice-county, with flight periods and rarity status.",
)
prompt_template = tg.Data(
    "Prompt template", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
moth_record = tg.Data(
    "Moth records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Species, count, date, site grid reference, recorder name and e-mail, status.",
)
accounts = tg.Data(
    "Volunteer sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail addresses and password hashes of volunteers and county recorders.",
)
verification = tg.Data(
    "Verification decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted, rejected or re-identified as another species, with a comment.",
)
notification = tg.Data("Record status e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
verified_export = tg.Data(
    "Verified records export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Verified records with recorder names, as the national centre asks for them.",
)
eval_set = tg.Data(
    "Verified photo set",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of verified records with the species the recorder confirmed.",
)
accuracy_report = tg.Data("Accuracy report", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a volunteer recorder.
    volunteer = tm.add(tg.Actor("Volunteer moth recorder", role="volunteer"))
    # Expert volunteers appointed by the society, working from home.
    recorder = tm.add(tg.Actor("County moth recorder", role="verifier"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the identification: the society has no model of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Tells volunteers when a record is verified or queried.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("National records centre", trust=tg.Trust.PARTNER):
    # Where verified records end up for national atlases and conservation status.
    national = tm.add(
        tg.ExternalService(
            "National biodiversity records centre", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Society cloud account", trust=tg.Trust.INTERNAL):
    # The one front door for volunteers: uploads, suggestions, submission, own history.
    web_app = tm.add(
        tg.Endpoint(
            "Recording web app",
            purpose=tg.EndpointPurpose.API,
            description="Volunteers see only their own records, looked up by the account id "
            "taken from the session.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG or HEIC only, 20 MB per photo, 30 photos per upload"),
                c.RateLimiting(requests_per_minute=20, note="per-account quota to cap LLM spend"),
            },
        )
    )
    # Builds the prompt, calls the LLM and turns its reply into ranked suggestions.
    id_service = tm.add(
        tg.Service(
            "Identification service",
            description="Sends each photo with the checklist species in flight that week; "
            "the volunteer chooses the species, the LLM only suggests.",
            controls={
                c.OutputFiltering(
                    note="reply parsed as JSON; names not on the county checklist dropped"
                ),
                c.HumanInTheLoop(
                    approver="the volunteer picks the species; a county recorder verifies the record"
                ),
            },
        )
    )
    # Object storage for the photos, kept as evidence for verification.
    photo_store = tm.add(
        tg.DataStore(
            "Trap photo store",
            stores={trap_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data the society's data officer maintains.
    checklist_store = tm.add(tg.DataStore("County species checklist store", stores={checklist}))
    # The records and the accounts of volunteers and recorders.
    records_db = tm.add(
        tg.DataStore(
            "Moth records database",
            stores={moth_record, accounts},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly snapshots kept 30 days"),
            },
        )
    )
    # Where county recorders work through their queue.
    portal = tm.add(
        tg.Endpoint(
            "Verifier portal",
            purpose=tg.EndpointPurpose.API,
            description="County recorders see only pending records from the vice-counties "
            "they are assigned to.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="recorder role scoped to assigned vice-counties"),
                c.AuditLogging(note="who accepted or rejected which record"),
            },
        )
    )
    # Verified photos kept aside to measure how often the LLM is right.
    eval_store = tm.add(
        tg.Dataset("Verified photo evaluation set", stores={eval_set}, purpose="evaluation")
    )
    # Monthly scoring of the LLM against recorder-verified identifications.
    accuracy_job = tm.add(tg.Pipeline("Monthly accuracy check job", stage=tg.Stage.EVALUATION))

with tm.boundary("Society office", trust=tg.Trust.INTERNAL):
    # Maintains the checklist and the prompt; reads the accuracy reports.
    data_officer = tm.add(tg.Actor("Society data officer", role="data officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, web_app, trap_photo, sighting, protocol="https")
tm.flow(web_app, photo_store, trap_photo)
tm.flow(web_app, id_service, trap_photo, sighting, label="identify request")
tm.flow(checklist_store, id_service, checklist, label="species in flight for county and date")
tm.flow(id_service, llm, id_prompt, protocol="https")
tm.flow(llm, id_service, suggestion, protocol="https")
tm.flow(id_service, web_app, suggestion)
tm.flow(web_app, volunteer, suggestion, moth_record, protocol="https")
tm.flow(volunteer, web_app, moth_record, protocol="https", label="confirmed species, submitted")
tm.flow(web_app, records_db, moth_record)
tm.flow(records_db, web_app, moth_record, accounts, label="sign-in check and own history")

tm.flow(records_db, portal, moth_record, accounts, label="pending records for the recorder")
tm.flow(photo_store, portal, trap_photo)
tm.flow(portal, recorder, moth_record, trap_photo, protocol="https")
tm.flow(recorder, portal, verification, protocol="https")
tm.flow(portal, records_db, verification)
tm.flow(portal, mailer, notification, protocol="https")
tm.flow(mailer, volunteer, notification, protocol="smtp")

tm.flow(records_db, national, verified_export, protocol="sftp", label="quarterly export")

tm.flow(records_db, eval_store, eval_set, label="monthly copy of verified records")
tm.flow(photo_store, eval_store, trap_photo)
tm.flow(eval_store, accuracy_job, eval_set)
tm.flow(accuracy_job, llm, id_prompt, protocol="https")
tm.flow(llm, accuracy_job, suggestion, protocol="https")
tm.flow(accuracy_job, data_officer, accuracy_report)

tm.flow(data_officer, checklist_store, checklist, protocol="https", label="checklist updates")
tm.flow(data_officer, id_service, prompt_template, protocol="https", label="prompt changes")
