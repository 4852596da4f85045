"""Concert hall acoustic feedback suppression agent: the first design, before any security review.

During rehearsals and shows a sound desk assistant helps the front-of-house engineer
catch acoustic feedback. An analysis service on the hall's assistant server taps the
stage microphone channels from the mixing console over Dante and turns them into
spectral frames; an in-house detector flags frequencies that start to ring. An LLM
agent (an open-weights model served on the same box) reads the detections, the
console's current channel EQ, the hall's acoustic profile and its notes from earlier
shows, and proposes EQ cuts on a tablet at the mix position. It never changes the
desk itself: the engineer taps Apply, and a console control bridge, which only takes
requests from the paired tablet's key and clamps every cut to a safe range, sends the
cut to the console over OSC. Events the engineer confirms retrain the detector weekly.
The AV technician downloads pinned LLM releases from a public model hub.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Concert hall acoustic feedback suppression agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "Sound desk assistant that detects feedback in the microphone feeds and "
        "proposes EQ cuts the sound engineer applies."
    ),
)

# ---------------------------------------------------------------- data assets
mic_audio = tg.Data(
    "Microphone audio",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Live stage microphone channels; performances are under the artists' rights.",
)
spectra = tg.Data("Spectral frames", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Feedback detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Channel, ringing frequency and confidence.",
)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detections, channel EQ state, acoustic profile excerpts and past notes.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
state_query = tg.Data("Console state query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
eq_state = tg.Data("Channel EQ state", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
proposals = tg.Data("Proposed EQ cuts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
engineer_notes = tg.Data(
    "Engineer instructions",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text hints such as 'leave the lead vocal alone'.",
)
applied_cut = tg.Data("Applied EQ cut", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
osc_command = tg.Data(
    "OSC EQ command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incident_notes = tg.Data(
    "Feedback incident notes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
acoustic_profile = tg.Data(
    "Hall acoustic profile",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Room measurements, known ringing frequencies per stage position, mic inventory.",
)
event_log = tg.Data("Feedback event log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
event_labels = tg.Data(
    "Feedback event labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
detector_artifact = tg.Data(
    "Detector model file", sensitivity=tg.Sensitivity.INTERNAL, format="onnx"
)
llm_weights = tg.Data("LLM weights", sensitivity=tg.Sensitivity.PUBLIC, format="gguf")

# ---------------------------------------------------------------- elements
with tm.boundary("Venue AV network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Dante audio VLAN", trust=tg.Trust.INTERNAL):
        # The stage microphones and stageboxes: the audio everything starts from.
        microphones = tm.add(tg.Device("Stage microphones and stageboxes", fleet=True))
        # The FOH digital mixing console: where the EQ actually changes.
        console = tm.add(
            tg.Device(
                "Digital mixing console",
                fleet=False,
                description="Accepts remote parameter changes over OSC on the AV network.",
            )
        )

    with tm.boundary("Assistant server", trust=tg.Trust.INTERNAL):
        # Taps the mic channels through a Dante virtual soundcard and computes FFT frames.
        analysis = tm.add(tg.Service("Audio analysis service"))
        # Flags frequencies that are starting to ring.
        detector = tm.add(
            tg.Model(
                "Feedback detection model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                description="Small CNN over spectral frames, trained in-house.",
            )
        )
        # Turns detections into suggested cuts the engineer can read at a glance.
        agent = tm.add(
            tg.Agent(
                "Sound desk assistant",
                autonomy=tg.Autonomy.ASSISTIVE,
                memory=True,
                description="Proposes EQ cuts; it has no tool that changes the console.",
            )
        )
        # The language model the agent reasons with, served locally for latency.
        llm = tm.add(
            tg.LLM(
                "Assistant LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="8B instruction-tuned open-weights model served with llama.cpp.",
                controls={c.ModelVersioning(note="pinned release, updated by the AV technician")},
            )
        )
        # Lets the agent read the console's current channel EQ before proposing a cut.
        state_tool = tm.add(
            tg.Tool("Console state reader", capabilities={"read"}, origin="first-party")
        )
        # The agent's memory of earlier feedback incidents per mic and stage position.
        memory = tm.add(tg.VectorStore("Incident memory", stores={incident_notes}, memory=True))
        # Reference data about the hall, maintained by the AV team.
        profile = tm.add(tg.DataStore("Hall acoustic profile store", stores={acoustic_profile}))
        # What was detected, proposed and applied; the detector's training data.
        log_store = tm.add(
            tg.DataStore("Feedback event log store", stores={event_log, event_labels})
        )
        # Weekly retraining of the detector from confirmed events.
        training = tm.add(tg.Pipeline("Weekly detector training", stage=tg.Stage.TRAINING))
        # The only path to the console's EQ: takes the engineer's Apply from the tablet.
        bridge = tm.add(
            tg.Service(
                "Console control bridge",
                controls={
                    c.Authentication(method="per-tablet API key of the paired FOH tablet"),
                    c.HumanInTheLoop(approver="the FOH sound engineer taps Apply for each cut"),
                    c.SafetyLimits(
                        limits="bridge refuses boosts and clamps each cut to at most -12 dB, Q 2 to 30"
                    ),
                },
            )
        )

    with tm.boundary("FOH mix position", trust=tg.Trust.INTERNAL):
        # The tablet at the mix position, on the venue staff Wi-Fi.
        tablet = tm.add(tg.Device("FOH tablet", fleet=False))
        # Mixes the show and decides which proposed cuts to apply.
        engineer = tm.add(tg.Actor("Sound engineer", role="FOH sound engineer"))

with tm.boundary("Venue office network", trust=tg.Trust.INTERNAL):
    # Looks after the assistant server, labels events and updates the models.
    technician = tm.add(tg.Actor("AV technician", role="AV systems technician", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights LLM releases come from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
# audio and detection
tm.flow(microphones, console, mic_audio, protocol="dante")
tm.flow(console, analysis, mic_audio, protocol="dante", label="direct-out tap")
tm.flow(analysis, detector, spectra, protocol="local")
tm.flow(detector, agent, detections, protocol="local")

# the agent's reasoning
tm.flow(agent, llm, prompt, protocol="local")
tm.flow(llm, agent, completion, protocol="local")
tm.flow(agent, state_tool, state_query, protocol="local")
tm.flow(state_tool, console, state_query, protocol="osc")
tm.flow(console, state_tool, eq_state, protocol="osc")
tm.flow(state_tool, agent, eq_state, protocol="local")
tm.flow(memory, agent, incident_notes)
tm.flow(agent, memory, incident_notes)
tm.flow(profile, agent, acoustic_profile)

# proposals, approval and the change to the desk
tm.flow(agent, tablet, proposals, protocol="ws", label="live proposal feed")
tm.flow(tablet, engineer, proposals, label="shown on the touchscreen")
tm.flow(engineer, tablet, applied_cut, engineer_notes, label="taps Apply on the touchscreen")
tm.flow(tablet, agent, engineer_notes, protocol="ws")
tm.flow(tablet, bridge, applied_cut, protocol="http")
tm.flow(bridge, console, osc_command, protocol="osc")

# logging and retraining
tm.flow(agent, log_store, event_log)
tm.flow(bridge, log_store, event_log)
tm.flow(technician, log_store, event_labels, protocol="ssh", label="confirms or rejects events")
tm.flow(log_store, training, event_log, event_labels, label="weekly export")
tm.flow(training, detector, detector_artifact)

# model supply
tm.flow(hub, llm, llm_weights, protocol="https", label="technician downloads a pinned release")
