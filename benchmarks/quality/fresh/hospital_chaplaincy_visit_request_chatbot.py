"""Hospital chaplaincy visit request chatbot: the first design, before any security review.

An NHS trust's chaplaincy team lets patients ask for a chaplain without phoning the
office. Inpatients use a chatbot on the Trust-managed bedside tablets; patients and
relatives can also reach it in the patient portal after signing in with NHS login.
A hosted LLM holds the conversation and extracts a structured request: faith or
denomination, urgency (end of life, sacraments) and a preferred time. The chatbot
takes the ward and bed from PAS (or from the tablet's configured bed), files the
request and texts the details to the on-call chaplain of that faith from the rota;
many chaplains are sessional ministers from local faith communities. The coordinator
works the queue and the rota in a web dashboard. Controls: NHS login on the portal,
a per-tablet key for ward tablets, Trust SSO on the dashboard, the LLM vendor's
content filter, TLS on every network hop.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hospital chaplaincy visit request chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chatbot on ward tablets and the patient portal that takes requests for a "
        "chaplain visit and passes ward and bed details to the on-call chaplain."
    ),
)

# ---------------------------------------------------------------- data assets
request_message = tg.Data(
    "Visit request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the patient or relative types: faith, who needs the visit, often why.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Chatbot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation so far and the patient's ward and bed.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The next reply plus the extracted faith, urgency and preferred time.",
)
bed_location = tg.Data(
    "Ward and bed location",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, ward and bed; from PAS, or the bed a tablet is set up for.",
)
nhs_number = tg.Data(
    "Patient NHS number",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The NHS number of the signed-in portal user or the patient they name.",
)
id_token = tg.Data("NHS login ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sign_in = tg.Data("NHS login sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
visit_request = tg.Data(
    "Chaplain visit request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient name, ward, bed, faith, urgency, preferred time and status.",
)
request_update = tg.Data("Visit request status update", kind="records")
rota = tg.Data(
    "On-call chaplain rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chaplains by faith with their on-call slots and mobile numbers.",
)
chaplain_page = tg.Data(
    "On-call chaplain page message",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Text message: patient first name, ward, bed, faith and urgency.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Ward bedside", trust=tg.Trust.UNTRUSTED):
    # Inpatients (and whoever is at the bedside) use the tablet in person.
    patient = tm.add(tg.Actor("Inpatient", role="patient"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients and relatives asking from home through the patient portal.
    portal_user = tm.add(tg.Actor("Patient or relative", role="portal user"))
    # Sessional and on-call chaplains get the page on their own mobile phones.
    chaplain = tm.add(tg.Actor("On-call chaplain", role="chaplain"))

with tm.boundary("Ward device network", trust=tg.Trust.INTERNAL):
    # Trust-owned bedside tablets, MDM-enrolled and locked to the entertainment and chat apps.
    tablet = tm.add(
        tg.Device(
            "Ward bedside tablet",
            fleet=True,
            description="Each tablet is configured in MDM with the ward and bed it serves.",
        )
    )

with tm.boundary("NHS login", trust=tg.Trust.PARTNER):
    # National identity service the patient portal already uses for sign-in.
    nhs_login = tm.add(tg.ExternalService("NHS login", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model in the vendor's UK region; the vendor's content filter is on.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Holds the conversation and extracts faith, urgency and preferred time.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway the Trust already uses for appointment reminders.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Existing patient portal; the chatbot is a widget inside it.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="NHS login (password plus SMS or app code)")},
        )
    )
    # Runs the conversation, calls the LLM, looks up the bed, files and pages requests.
    chatbot = tm.add(
        tg.Service(
            "Visit request chatbot service",
            controls={c.Authentication(method="per-tablet API key provisioned by MDM")},
        )
    )
    # Conversation logs kept for the chaplaincy team to check what was asked.
    transcript_log = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))
    # Web app where the coordinator works the request queue and keeps the rota.
    dashboard = tm.add(
        tg.Endpoint(
            "Chaplaincy dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Trust Active Directory single sign-on"),
                c.RBAC(note="chaplaincy team role only"),
            },
        )
    )

    with tm.boundary("Chaplaincy data", trust=tg.Trust.RESTRICTED):
        # Every visit request and its status.
        request_store = tm.add(
            tg.DataStore(
                "Visit request store",
                stores={visit_request},
                controls={c.EncryptionAtRest(key_management="cloud platform-managed keys")},
            )
        )
        # Who is on call for which faith, with phone numbers.
        rota_store = tm.add(tg.DataStore("Chaplain rota", stores={rota}))

with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
    # Patient administration system: the source of truth for ward and bed.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system (PAS)",
            stores={bed_location},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # Chaplaincy office staff member who triages requests and maintains the rota.
    coordinator = tm.add(tg.Actor("Chaplaincy coordinator", role="chaplaincy staff"))

# ---------------------------------------------------------------- flows
# ward tablets
tm.flow(patient, tablet, request_message, label="typed on the bedside touchscreen")
tm.flow(tablet, patient, chat_reply, label="shown on the bedside touchscreen")
tm.flow(tablet, chatbot, request_message, bed_location, protocol="https")
tm.flow(chatbot, tablet, chat_reply, protocol="https")

# patient portal
tm.flow(portal_user, nhs_login, sign_in, protocol="https")
tm.flow(nhs_login, portal, id_token, protocol="oidc")
tm.flow(portal_user, portal, request_message, protocol="https")
tm.flow(portal, portal_user, chat_reply, protocol="https")
tm.flow(portal, chatbot, request_message, nhs_number, protocol="https")
tm.flow(chatbot, portal, chat_reply, protocol="https")

# ward and bed lookup
tm.flow(chatbot, pas, nhs_number, protocol="HL7 FHIR over HTTPS", label="location lookup")
tm.flow(pas, chatbot, bed_location, protocol="HL7 FHIR over HTTPS")

# conversation with the LLM
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")
tm.flow(chatbot, transcript_log, transcripts)

# filing the request and paging the chaplain
tm.flow(chatbot, request_store, visit_request)
tm.flow(rota_store, chatbot, rota, label="who is on call for this faith")
tm.flow(chatbot, sms, chaplain_page, protocol="https")
tm.flow(sms, chaplain, chaplain_page, protocol="sms")

# chaplaincy office
tm.flow(request_store, dashboard, visit_request)
tm.flow(dashboard, request_store, request_update)
tm.flow(dashboard, coordinator, visit_request, protocol="https")
tm.flow(coordinator, dashboard, request_update, rota, protocol="https")
tm.flow(dashboard, rota_store, rota)
tm.flow(transcript_log, dashboard, transcripts)
