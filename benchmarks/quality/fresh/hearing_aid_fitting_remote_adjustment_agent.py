"""Remote hearing aid adjustment agent: the first design, before any security review.

A US hearing aid company lets its audiologists fine-tune patients' aids remotely.
Patients describe problems ("voices sound tinny in restaurants") in the chat of the
hearing app on their phone. An LLM agent in our cloud summarises the complaint, reads
the patient's hearing test results and fitting history from the clinical system, and
proposes setting changes, which go to the audiologist's review queue. The agent can
also book clinic appointments directly. The audiologist approves or edits a proposal
in the audiologist portal; the fitting service then pushes the new settings to the app,
which writes them to the aids over Bluetooth and confirms. The LLM is a hosted model
under a BAA. Patients sign in to the app with e-mail and password; audiologists use
clinic SSO with MFA. The clinical system is encrypted, role-based and audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Remote hearing aid adjustment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM agent that turns patients' chat complaints into audiologist-approved "
    "hearing aid setting changes and books clinic appointments.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Patient chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient's description of the problem, in their own words.",
)
reply = tg.Data("Agent chat reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Prompt with fitting context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the chat so far, test results and fitting history.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
history_query = tg.Data(
    "Fitting history lookup", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
clinical_record = tg.Data(
    "Hearing test results and fitting history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Audiograms, aid model and serials, every past fitting and its settings.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
proposal = tg.Data(
    "Proposed setting change",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Complaint summary and suggested gain, compression and program changes.",
)
queued = tg.Data("Proposal queued", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Appointment booking request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
booking_result = tg.Data(
    "Appointment slots and booking", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
appointment = tg.Data("Clinic appointment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
review_item = tg.Data(
    "Adjustment review item", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
signed_off = tg.Data(
    "Audiologist-approved settings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
aid_settings = tg.Data(
    "Hearing aid settings package",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
apply_confirmation = tg.Data(
    "Settings applied confirmation", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient devices", trust=tg.Trust.UNTRUSTED):
    # The hearing aid wearer, describing problems in the chat.
    patient = tm.add(tg.Actor("Patient", role="hearing aid wearer"))
    # Our hearing app on the patient's phone: chat, and the Bluetooth link to the aids.
    app = tm.add(tg.Device("Hearing app on patient's phone", fleet=True))
    # The aids themselves, which take new settings from the app.
    aids = tm.add(tg.Device("Hearing aids", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed, no training on our data")},
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Public API the app's chat talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Summarises complaints, proposes changes and books appointments.
    agent = tm.add(
        tg.Agent(
            "Adjustment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the chat and the fitting record; proposes changes for the "
            "audiologist and books appointments itself.",
        )
    )
    # Reads the patient's tests and fittings for the agent.
    history_tool = tm.add(tg.Tool("Fitting history tool", capabilities={"read"}))
    # Puts a proposed change on the audiologist's queue.
    proposal_tool = tm.add(tg.Tool("Setting proposal tool", capabilities={"write"}))
    # Books, moves or cancels clinic appointments.
    booking_tool = tm.add(tg.Tool("Appointment booking tool", capabilities={"read", "write"}))
    # Keeps chat transcripts for support and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where audiologists review proposals and sign off settings.
    portal = tm.add(
        tg.Service(
            "Audiologist portal",
            controls={c.Authentication(method="clinic SSO with MFA"), c.RBAC()},
        )
    )
    # Sends approved settings to the patient's app and records the new fitting.
    fitting_service = tm.add(
        tg.Service(
            "Remote fitting service",
            controls={c.HumanInTheLoop(approver="the patient's audiologist")},
        )
    )

with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
    # System of record for hearing tests and fittings.
    clinical = tm.add(
        tg.DataStore(
            "Clinical records system",
            stores={clinical_record, review_item},
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # The clinics' appointment calendar.
    scheduling = tm.add(tg.Service("Clinic scheduling system", controls={c.AuditLogging()}))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Reviews the agent's proposals and approves changes.
    audiologist = tm.add(tg.Actor("Audiologist", role="clinician"))

# ---------------------------------------------------------------- flows
tm.flow(patient, app, complaint, label="types in the app chat")
tm.flow(app, patient, reply)
tm.flow(app, chat_api, complaint, protocol="https")
tm.flow(chat_api, app, reply, protocol="https")
tm.flow(chat_api, agent, complaint)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, transcript_store, transcripts)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, history_tool, history_query)
tm.flow(history_tool, clinical, history_query)
tm.flow(clinical, history_tool, clinical_record)
tm.flow(history_tool, agent, clinical_record)

tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, clinical, review_item)
tm.flow(proposal_tool, agent, queued)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, scheduling, appointment)
tm.flow(scheduling, booking_tool, appointment)
tm.flow(booking_tool, agent, booking_result)

tm.flow(clinical, portal, review_item, clinical_record)
tm.flow(portal, audiologist, review_item, protocol="https")
tm.flow(audiologist, portal, signed_off, protocol="https")
tm.flow(portal, fitting_service, signed_off)
tm.flow(fitting_service, app, aid_settings, protocol="https")
tm.flow(app, aids, aid_settings, protocol="bluetooth le")
tm.flow(aids, app, apply_confirmation, protocol="bluetooth le")
tm.flow(app, fitting_service, apply_confirmation, protocol="https")
tm.flow(fitting_service, clinical, clinical_record, label="records the new fitting")
