"""Care home medication round voice assistant: the first design, before any security review.

A care home group gives carers a voice assistant on a handheld during medication
rounds. The carer says which resident and medicine they are giving; the handheld
sends the audio to the group's cloud, where a speech model transcribes it and an
LLM agent (a hosted model reached through its vendor's API) looks up the
resident's chart in the electronic medication administration record (eMAR),
warns about missed or double doses and, once the carer confirms the read-back,
records the administration. Nurses can override a warning on the handheld.
Community pharmacies send prescription updates to the eMAR supplier's cloud.
Staff sign in to the handheld app with a PIN, nurses have an override role, the
recording tool's eMAR account can only add administrations, the eMAR keeps its
own audit trail, and the LLM vendor was assessed under a UK GDPR data processing
agreement.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Care home medication round voice assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Voice assistant that checks and records medicine administration "
        "against residents' eMAR charts during rounds."
    ),
)

# ---------------------------------------------------------------- data assets
voice_audio = tg.Data(
    "Carer voice audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The carer naming the resident, medicine and dose.",
)
staff_sign_in = tg.Data("Staff PIN sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
nurse_override = tg.Data(
    "Nurse warning override",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcript = tg.Data(
    "Round utterance transcript", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the transcript and the resident's current chart extract.",
)
llm_reply = tg.Data(
    "LLM reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
chart_query = tg.Data("eMAR chart query", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
mar_chart = tg.Data(
    "Resident MAR chart",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Current prescriptions, due times and administrations so far.",
)
administration = tg.Data(
    "Administration entry",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prescriptions = tg.Data(
    "Prescription updates",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
spoken_reply = tg.Data(
    "Dose warning and read-back",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
round_log = tg.Data("Round conversation log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Care home floor", trust=tg.Trust.INTERNAL):
    # Carer giving medicines from the trolley.
    carer = tm.add(tg.Actor("Carer", role="care worker"))
    # Registered nurse who may override a warning.
    nurse = tm.add(tg.Actor("Nurse", role="registered nurse", privileged=True))
    # Group-issued handhelds on the home's Wi-Fi, running the assistant app.
    handheld = tm.add(
        tg.Device("Carer handheld", description="Android handheld with the round app.")
    )

with tm.boundary("Care group cloud", trust=tg.Trust.INTERNAL):
    # HTTPS API the handhelds call over the internet.
    api = tm.add(
        tg.Endpoint(
            "Voice assistant API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="staff PIN on an enrolled handheld"),
                c.RBAC(note="only the nurse role may override warnings"),
            },
        )
    )
    # The LLM agent running the round dialogue and calling the eMAR tools.
    round_agent = tm.add(
        tg.Agent(
            "Medication round agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="carer confirms the spoken read-back")},
        )
    )
    # Open-weights speech-to-text model hosted in the group's cloud.
    speech_model = tm.add(
        tg.Model(
            "Speech recognition model", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # Tool reading the resident's chart from the eMAR.
    chart_tool = tm.add(tg.Tool("eMAR chart lookup", capabilities={"read"}))
    # Tool writing an administration (or an override) to the eMAR.
    record_tool = tm.add(
        tg.Tool(
            "Administration recording tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="eMAR integration account can only add entries")},
        )
    )
    # Conversation logs kept for incident review.
    log_store = tm.add(
        tg.DataStore("Round log store", stores={round_log}, controls={c.EncryptionAtRest()})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK GDPR DPA, no training on our data")},
        )
    )

with tm.boundary("eMAR supplier cloud", trust=tg.Trust.PARTNER):
    # The eMAR the homes already use; the legal record of administrations.
    emar = tm.add(
        tg.DataStore(
            "Electronic medication administration record",
            stores={mar_chart, prescriptions, administration},
            controls={c.AuditLogging(), c.EncryptionAtRest(), c.RBAC()},
        )
    )

with tm.boundary("Community pharmacies", trust=tg.Trust.PARTNER):
    # Pharmacy systems that dispense for the homes and send prescription changes.
    pharmacy = tm.add(
        tg.DataSource(
            "Pharmacy dispensing system", origin=tg.Origin.PARTNER, provides={prescriptions}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(carer, handheld, staff_sign_in, voice_audio, label="speaks into handheld")
tm.flow(handheld, carer, spoken_reply, label="spoken reply")
tm.flow(nurse, handheld, staff_sign_in, nurse_override)
tm.flow(handheld, nurse, spoken_reply)

tm.flow(handheld, api, staff_sign_in, voice_audio, nurse_override, protocol="https")
tm.flow(api, handheld, spoken_reply, protocol="https")
tm.flow(api, round_agent, voice_audio, nurse_override)
tm.flow(round_agent, api, spoken_reply)

tm.flow(round_agent, speech_model, voice_audio)
tm.flow(speech_model, round_agent, transcript)
tm.flow(round_agent, llm, llm_prompt, protocol="https")
tm.flow(llm, round_agent, llm_reply, protocol="https")

tm.flow(round_agent, chart_tool, chart_query)
tm.flow(chart_tool, emar, chart_query, protocol="https")
tm.flow(emar, chart_tool, mar_chart, protocol="https")
tm.flow(chart_tool, round_agent, mar_chart)
tm.flow(round_agent, record_tool, administration)
tm.flow(record_tool, emar, administration, protocol="https")
tm.flow(round_agent, log_store, round_log)

tm.flow(pharmacy, emar, prescriptions, protocol="https")
