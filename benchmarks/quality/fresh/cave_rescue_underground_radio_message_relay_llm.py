"""Cave rescue message relay assistant: the first design, before any security review.

During a callout, teams underground send messages to the surface control point
through a through-rock radio (voice) and CaveLink text units. The surface base
unit is plugged into the control laptop in the team's control vehicle, where a
relay assistant records each message, transcribes the voice locally with an
open-weights speech model, and asks a hosted LLM (over the vehicle's 4G or
satellite router) to turn the transcript into a draft incident log entry and,
where a casualty is mentioned, a draft casualty note. Cave place names come from
a survey gazetteer kept on the laptop. The surface controller approves or edits
every draft on the control console before it is written to the log or notes,
and hands a printed casualty summary to the ambulance crew. The laptop disk is
encrypted; logs and notes sync to the organisation's cloud tenant after the
callout. The police call us out by phone. UK casualty data: GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cave rescue radio message relay assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Transcribes and structures underground radio messages into the "
    "surface controller's incident log and casualty notes during cave rescues.",
)

# ---------------------------------------------------------------- data assets
voice_message = tg.Data(
    "Underground voice message",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Spoken message relayed by through-rock radio: positions, progress, "
    "casualty name and condition.",
)
text_message = tg.Data(
    "CaveLink text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Short typed message sent by the CaveLink unit underground.",
)
instructions = tg.Data(
    "Controller instructions",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spoken replies and instructions from the surface to the teams underground.",
)
transcript = tg.Data("Message transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
gazetteer = tg.Data(
    "Cave survey gazetteer",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Passage, pitch and sump names from the cave surveys, for spelling and locations.",
)
prompt = tg.Data(
    "Structuring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the transcript, recent log entries and gazetteer names.",
)
drafts = tg.Data(
    "Draft log entry and casualty note",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
approved_entry = tg.Data(
    "Approved log entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Drafts as accepted or corrected by the surface controller.",
)
incident_log = tg.Data(
    "Incident log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Timestamped record of the callout: teams in, messages, decisions.",
)
casualty_notes = tg.Data(
    "Casualty notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Casualty identity, injuries, observations and treatment given underground.",
)
callout = tg.Data(
    "Police callout details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cave, overdue party, informant name and phone number.",
)
handover = tg.Data(
    "Casualty handover summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Underground", trust=tg.Trust.UNTRUSTED):
    # The rescue and medical teams working in the cave; they only have the radio.
    cave_team = tm.add(tg.Actor("Underground rescue team", role="cave rescuer"))
    # Through-rock radio and CaveLink handsets carried in and set up at call points.
    cave_radio = tm.add(
        tg.Device(
            "Underground radio unit",
            fleet=True,
            description="Low-frequency through-rock voice radio and CaveLink text unit.",
        )
    )

with tm.boundary("Surface control vehicle", trust=tg.Trust.INTERNAL):
    # The surface end of the radio link, next to the controller.
    surface_radio = tm.add(
        tg.Device(
            "Surface radio and CaveLink base",
            fleet=False,
            description="Surface through-rock set with audio out and a serial link to the laptop.",
        )
    )
    # Records each incoming message, runs transcription and the LLM call, keeps drafts.
    relay = tm.add(
        tg.Service(
            "Relay assistant",
            description="Runs on the control laptop; nothing is written to the log or "
            "notes until the surface controller accepts it.",
            controls={
                c.HumanInTheLoop(
                    approver="the surface controller",
                    note="every draft entry and casualty note is accepted or edited first",
                )
            },
        )
    )
    # Speech-to-text on the laptop, so voice still gets transcribed without signal.
    stt = tm.add(
        tg.Model(
            "Speech transcription model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Whisper-class model running on the control laptop's GPU.",
        )
    )
    # Local web UI where the controller reviews drafts and reads the log.
    console = tm.add(
        tg.Endpoint(
            "Control console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="control laptop login shared by the control team")},
        )
    )
    # The controller's running log of the callout.
    log_store = tm.add(
        tg.DataStore(
            "Incident log store",
            stores={incident_log},
            controls={
                c.EncryptionAtRest(key_management="BitLocker with TPM on the control laptop"),
                c.AuditLogging(note="entries are append-only, stamped with time and approver"),
            },
        )
    )
    # Medical notes on each casualty, kept apart from the general log.
    notes_store = tm.add(
        tg.DataStore(
            "Casualty notes store",
            stores={casualty_notes},
            controls={
                c.EncryptionAtRest(key_management="BitLocker with TPM on the control laptop")
            },
        )
    )
    # Reference data loaded before callouts so place names come out right.
    gazetteer_store = tm.add(tg.DataStore("Cave survey gazetteer store", stores={gazetteer}))

    with tm.boundary("Cave entrance", trust=tg.Trust.INTERNAL):
        # Runs the callout at the surface and speaks to the teams underground.
        controller = tm.add(tg.Actor("Surface controller", role="rescue controller"))

with tm.boundary("Emergency services", trust=tg.Trust.PARTNER):
    # Police own the incident and call the team out.
    police = tm.add(tg.Actor("Police control room", role="callout authority"))
    # Takes the casualty over at the cave entrance.
    ambulance = tm.add(tg.Actor("Ambulance crew", role="paramedic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that turns a transcript into structured drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted structuring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
        )
    )

with tm.boundary("Organisation cloud tenant", trust=tg.Trust.INTERNAL):
    # Where callout records are kept after the incident for reports and inquests.
    archive = tm.add(
        tg.DataStore(
            "Callout records archive",
            stores={incident_log, casualty_notes},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(note="team officers and medical officer only"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# the radio path, both ways
tm.flow(cave_team, cave_radio, voice_message, text_message, label="spoken or typed at the handset")
tm.flow(cave_radio, cave_team, instructions, label="heard at the handset")
tm.flow(cave_radio, surface_radio, voice_message, text_message, protocol="radio")
tm.flow(surface_radio, cave_radio, instructions, protocol="radio")
tm.flow(controller, surface_radio, instructions, label="spoken at the surface set")
tm.flow(surface_radio, controller, voice_message, text_message, label="heard at the surface set")

# capture and transcription on the laptop
tm.flow(surface_radio, relay, voice_message, text_message, protocol="usb")
tm.flow(relay, stt, voice_message, protocol="local")
tm.flow(stt, relay, transcript, protocol="local")
tm.flow(gazetteer_store, relay, gazetteer, protocol="local")
tm.flow(log_store, relay, incident_log, protocol="local", label="recent entries for context")

# drafting with the hosted LLM
tm.flow(relay, llm, prompt, protocol="https")
tm.flow(llm, relay, drafts, protocol="https")

# review by the controller
tm.flow(relay, console, transcript, drafts, protocol="local")
tm.flow(console, relay, approved_entry, protocol="local")
tm.flow(console, controller, transcript, drafts, incident_log, label="on the console screen")
tm.flow(controller, console, approved_entry, label="accepts or edits at the console")
tm.flow(relay, log_store, approved_entry, protocol="local")
tm.flow(relay, notes_store, casualty_notes, protocol="local")
tm.flow(notes_store, relay, casualty_notes, protocol="local")

# emergency services
tm.flow(police, controller, callout, protocol="phone")
tm.flow(controller, ambulance, handover, label="printed handover sheet at the cave entrance")

# after the callout
tm.flow(log_store, archive, incident_log, protocol="https", label="sync after the callout")
tm.flow(notes_store, archive, casualty_notes, protocol="https", label="sync after the callout")
