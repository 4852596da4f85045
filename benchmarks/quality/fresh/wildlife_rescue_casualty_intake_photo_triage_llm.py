"""Wildlife rescue casualty intake and photo triage LLM: the first design.

A UK wildlife rescue charity takes reports of injured animals from the public in
two ways: a web form on its website (description, location, phone number, photos)
and WhatsApp messages to its hotline number, which arrive through the WhatsApp
Business Cloud API as webhooks. A triage service on the charity's cloud account
stores the report and photos, then sends the photos, the finder's description and
the rescue's species care guidance to a hosted multimodal LLM, which suggests the
species, an urgency level and a draft of first-aid and containment advice for the
finder. The hotline volunteer sees the case on a dashboard, phones or messages the
finder with advice, and decides whether to send a volunteer rescuer, whose job
details go out over WhatsApp. Volunteers sign in with Google Workspace accounts
with 2-step verification and get roles; the form checks file types and sizes; the
case database and photo bucket use the cloud provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wildlife rescue casualty intake and photo triage LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public casualty reports by web form and WhatsApp, LLM-suggested "
    "species, urgency and advice, hotline volunteer decides on a rescue.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Casualty report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Finder's name, phone number, the animal's location and what they saw.",
)
photos = tg.Data(
    "Casualty photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos; may show the finder, their garden or house, and carry GPS data.",
)
wa_message = tg.Data(
    "WhatsApp casualty message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Sender's number, profile name, message text and attached photos.",
)
guidance = tg.Data(
    "Species care guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The rescue's handling, containment and first-aid sheets per species.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the finder's description, photos and the matching care sheets.",
)
suggestion = tg.Data(
    "Triage suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Suggested species, urgency level and draft advice to the finder.",
)
case_record = tg.Data(
    "Casualty case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
advice = tg.Data("Advice to finder", kind="documents", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Rescue decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job = tg.Data(
    "Rescue job details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, finder's name and number, species, urgency and photos.",
)
job_update = tg.Data("Rescue job update", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whoever finds an injured animal: anyone can use the form or the number.
    finder = tm.add(tg.Actor("Member of the public", role="finder"))
    # Volunteer rescuers drive out on their own phones.
    rescuer = tm.add(tg.Actor("Volunteer rescuer", role="rescuer"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # The hotline number's WhatsApp Business Cloud API account.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Cloud API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and the description.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Suggests species and urgency, and drafts handling advice.",
            controls={c.SupplierAssessment(note="API terms with no training on our data reviewed")},
        )
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Public casualty report form on the website.
    form = tm.add(
        tg.Endpoint(
            "Casualty report form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="photo file type and size checks")},
        )
    )
    # Receives the WhatsApp Cloud API's message webhooks for the hotline number.
    webhook = tm.add(tg.Endpoint("WhatsApp webhook", purpose=tg.EndpointPurpose.API))
    # Stores each case, calls the LLM and attaches its suggestion to the case.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.HumanInTheLoop(
                    approver="the hotline volunteer decides on a rescue and reviews advice"
                )
            },
        )
    )
    # Every casualty case, the LLM's suggestion and the volunteer's decision.
    case_db = tm.add(
        tg.DataStore(
            "Casualty case database",
            stores={case_record, report, suggestion, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The casualty photos from both channels.
    photo_bucket = tm.add(
        tg.DataStore(
            "Casualty photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The rescue's own care sheets, put into the prompt by species group.
    guidance_store = tm.add(tg.DataStore("Species care guidance", stores={guidance}))
    # The hotline volunteers' case dashboard, reachable from anywhere they work.
    dashboard = tm.add(
        tg.Service(
            "Hotline dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace accounts with 2-step verification"),
                c.RBAC(note="hotline volunteer and coordinator roles"),
            },
        )
    )

with tm.boundary("Rescue centre", trust=tg.Trust.INTERNAL):
    # Takes the hotline calls and decides whether a rescuer goes out.
    volunteer = tm.add(tg.Actor("Hotline volunteer", role="hotline volunteer"))
    # Maintains the care guidance and the volunteers' roles.
    coordinator = tm.add(tg.Actor("Rescue coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# Intake by web form.
tm.flow(finder, form, report, photos, protocol="https")
tm.flow(form, triage, report, photos)

# Intake by WhatsApp.
tm.flow(finder, whatsapp, wa_message, protocol="whatsapp")
tm.flow(whatsapp, webhook, wa_message, protocol="https", label="message webhook")
tm.flow(webhook, triage, wa_message)

# Triage.
tm.flow(triage, photo_bucket, photos)
tm.flow(photo_bucket, triage, photos)
tm.flow(triage, case_db, case_record, report, suggestion)
tm.flow(guidance_store, triage, guidance)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")

# The hotline volunteer's decision.
tm.flow(case_db, dashboard, case_record, suggestion)
tm.flow(photo_bucket, dashboard, photos)
tm.flow(dashboard, volunteer, case_record, suggestion, photos, protocol="https")
tm.flow(volunteer, dashboard, decision, advice, protocol="https")
tm.flow(dashboard, case_db, decision)
tm.flow(volunteer, finder, advice, protocol="phone", label="hotline call back")
tm.flow(dashboard, whatsapp, advice, job, protocol="https")
tm.flow(whatsapp, finder, advice, protocol="whatsapp")
tm.flow(whatsapp, rescuer, job, protocol="whatsapp")
tm.flow(rescuer, whatsapp, job_update, protocol="whatsapp")
tm.flow(whatsapp, webhook, job_update, protocol="https", label="rescuer reply webhook")
tm.flow(webhook, triage, job_update)
tm.flow(triage, case_db, job_update)

# Guidance upkeep.
tm.flow(coordinator, dashboard, guidance, protocol="https")
tm.flow(dashboard, guidance_store, guidance)
