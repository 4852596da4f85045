"""Prison phone call monitoring: the first design, before any security review.

Prisoners make calls from PIN phones on the wings to their approved numbers; the
telephony vendor's platform connects and records every call. Each night an
ingestion service on the prison service network collects the recordings and call
details over SFTP, stores the audio and has a speech-to-text model transcribe it.
A flagging service then sends each transcript, with the prisoner's intelligence
context (offence, non-contact orders, witnesses in live cases, known associates),
to an open-weights LLM running on the prison service's own GPU server, and files
every possible threat, drug deal or witness intimidation it reports as a flag.
Security officers review the flags in a web console (smartcard sign-in), listen
to the audio, record what they did and raise intelligence reports. The LLM only
flags: an officer decides every action. Recordings are encrypted and kept for a
set period; the console and intelligence system are role-restricted and audited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison phone call monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Transcribes prisoners' calls and has an LLM flag threats for security officers.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Both sides of the conversation: the prisoner and the person called.",
)
call_details = tg.Data(
    "Call details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Prisoner number, wing, dialled number, start time and duration.",
)
transcript = tg.Data(
    "Call transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
intel_context = tg.Data(
    "Prisoner intelligence context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Offence, non-contact orders, witnesses in live cases, known associates.",
)
instructions = tg.Data(
    "Flagging instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="instructions",
    description="System prompt with the flag categories and what counts as each.",
)
prompt = tg.Data(
    "Call analysis prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, intelligence context and the transcript.",
)
assessment = tg.Data(
    "LLM flag assessment",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Category, severity, quoted passages and a short rationale.",
)
flags = tg.Data(
    "Call flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
disposition = tg.Data(
    "Officer disposition",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Dismissed, monitored, number blocked, or referred, with a note.",
)
intel_report = tg.Data("Intelligence report", sensitivity=tg.Sensitivity.REGULATED, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Prison wings", trust=tg.Trust.UNTRUSTED):
    # The caller; some callers will try to evade or game the monitoring.
    prisoner = tm.add(tg.Actor("Prisoner", role="prisoner"))
    # Vendor-installed PIN phones on each wing.
    phones = tm.add(tg.Device("Wing PIN phones"))

with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Family, friends, solicitors and anyone else on the prisoner's approved list.
    contact = tm.add(tg.Actor("Person called", role="outside contact"))

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # The contracted prisoner calling platform: connects, records and exports calls.
    telephony = tm.add(
        tg.ExternalService(
            "Prisoner telephony platform",
            controls={c.Authentication(method="prisoner's own PIN")},
        )
    )

with tm.boundary("Prison service network", trust=tg.Trust.INTERNAL):
    # Nightly collection of recordings and call details from the vendor.
    ingestion = tm.add(tg.Service("Nightly call ingestion service"))
    # Existing intelligence system of record for prisoners.
    intel_db = tm.add(
        tg.DataStore(
            "Prison intelligence system",
            stores={intel_context, intel_report},
            controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
        )
    )
    # Web console where officers work through the flags.
    console = tm.add(
        tg.Endpoint(
            "Flag review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff smartcard with own PIN"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Reviews flags and decides what, if anything, to do.
    officer = tm.add(tg.Actor("Security officer", role="security officer"))
    # Runs the analytics servers and maintains the flagging prompt.
    admin = tm.add(
        tg.Actor("Analytics administrator", role="platform administrator", privileged=True)
    )

    with tm.boundary("Call analytics enclave", trust=tg.Trust.RESTRICTED):
        # Raw recordings and call details, kept for the retention period.
        recordings = tm.add(
            tg.DataStore(
                "Call recording store",
                stores={call_audio, call_details},
                controls={
                    c.EncryptionAtRest(key_management="on-premises HSM"),
                    c.RetentionLimits(days=365),
                },
            )
        )
        # Open-weights speech recognition model on the GPU server.
        stt = tm.add(
            tg.Model(
                "Speech-to-text model", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.OPEN_WEIGHTS
            )
        )
        # Transcripts for analysis and for officers to read.
        transcripts = tm.add(tg.DataStore("Transcript store", stores={transcript, call_details}))
        # Builds the prompt per call and turns the LLM's answer into flags.
        flagger = tm.add(
            tg.Service(
                "Call flagging service",
                controls={
                    c.HumanInTheLoop(
                        approver="a security officer reviews every flag before any action"
                    )
                },
            )
        )
        # Open-weights LLM that reads each transcript and reports possible threats.
        llm = tm.add(
            tg.LLM(
                "Call analysis LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                controls={c.ModelVersioning()},
            )
        )
        # Flags awaiting review, and the officers' dispositions.
        flag_store = tm.add(tg.DataStore("Flag store", stores={flags, disposition}))

# ---------------------------------------------------------------- flows
# the call
tm.flow(prisoner, phones, call_audio, label="speaks on the wing phone")
tm.flow(phones, prisoner, call_audio, label="hears the other side")
tm.flow(phones, telephony, call_audio, call_details, protocol="sip")
tm.flow(telephony, phones, call_audio, protocol="sip")
tm.flow(telephony, contact, call_audio, protocol="pstn")
tm.flow(contact, telephony, call_audio, protocol="pstn")

# collection and transcription
tm.flow(telephony, ingestion, call_audio, call_details, protocol="sftp", label="nightly export")
tm.flow(ingestion, recordings, call_audio, call_details)
tm.flow(ingestion, stt, call_audio)
tm.flow(stt, ingestion, transcript)
tm.flow(ingestion, transcripts, transcript, call_details)

# analysis
tm.flow(transcripts, flagger, transcript, call_details, label="new transcripts")
tm.flow(intel_db, flagger, intel_context)
tm.flow(admin, flagger, instructions)
tm.flow(flagger, llm, prompt)
tm.flow(llm, flagger, assessment)
tm.flow(flagger, flag_store, flags)

# review
tm.flow(flag_store, console, flags)
tm.flow(transcripts, console, transcript)
tm.flow(recordings, console, call_audio, label="playback")
tm.flow(console, officer, flags, transcript, call_audio, protocol="https")
tm.flow(officer, console, disposition, protocol="https")
tm.flow(console, flag_store, disposition)
tm.flow(officer, intel_db, intel_report, protocol="https")
