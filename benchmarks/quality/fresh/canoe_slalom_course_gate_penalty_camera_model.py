"""Canoe slalom gate-penalty cameras: the first design, before any security review.

Our canoe club runs slalom races on its whitewater course. Cameras over the gates
stream video to a course-side edge server, where an in-house detector proposes
gate-touch (2 s) and missed-gate (50 s) penalties per bib, with a confidence and
a clip. Race control, a race-office laptop on the course network, sends each
proposal to a gate judge's club tablet; no penalty counts until a judge confirms
or overrides it. Photocells give run times; the chief judge signs off results,
which go to the club's public results page and to the national federation's
ranking service (which also sends the start list). Confirmed decisions and clips
retrain the model in the club's cloud account from a public pretrained backbone.
Controls: judge confirmation, a race-day tablet PIN, audit logging of results,
a race-office password, a federation API key and TLS on internet links.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Canoe slalom gate-penalty cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Camera-and-model penalty proposals confirmed by gate judges; results feed the "
        "national ranking list."
    ),
)

# ---------------------------------------------------------------- data assets
gate_video = tg.Data(
    "Gate camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of paddlers, many of them juniors, passing the gates.",
)
gate_clips = tg.Data(
    "Gate passage clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of video around each proposed penalty, kept for protests.",
)
proposals = tg.Data(
    "Penalty proposals",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bib, run, gate, proposed penalty (0/2/50) and the model's confidence.",
)
judge_decisions = tg.Data(
    "Judge penalty decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Confirmed or overridden penalty per bib, run and gate.",
)
run_times = tg.Data(
    "Photocell run times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
start_list = tg.Data(
    "Start list and entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, clubs, classes, birth years and bib numbers of the paddlers.",
)
provisional_results = tg.Data(
    "Provisional results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sign_off = tg.Data("Chief judge sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
official_results = tg.Data(
    "Official race results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_clips = tg.Data(
    "Labelled gate clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past clips with the judges' final decision as the label.",
)
backbone = tg.Data(
    "Pretrained video backbone",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="A PyTorch checkpoint of a public action-recognition model.",
)
penalty_model_file = tg.Data(
    "Penalty model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Course network", trust=tg.Trust.INTERNAL):
    # One camera per gate on the span wires, PoE on the course LAN.
    cameras = tm.add(
        tg.Device("Gate cameras", description="IP cameras hung above each gate of the course.")
    )
    # Start and finish beams; they give the raw run times.
    timing = tm.add(tg.Device("Photocell timing system", fleet=False))
    # The detector on the edge server that proposes penalties.
    penalty_model = tm.add(
        tg.Model(
            "Gate-touch penalty model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Video detector fine-tuned by club volunteers; runs on the edge server.",
        )
    )
    # Race office laptop: routes proposals to judges, combines times and penalties.
    race_control = tm.add(
        tg.Service(
            "Race control",
            description="Race office application that turns confirmed penalties and times into results.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the gate judge for that gate",
                    note="a proposal is never applied until a judge confirms or overrides it",
                ),
                tg.controls.Authentication(method="race office password"),
            },
        )
    )
    # Club-issued tablets the gate judges hold on the bank.
    judge_tablets = tm.add(
        tg.Device(
            "Gate judge tablets",
            description="Club Android tablets on the course Wi-Fi, one per judging section.",
            controls={tg.controls.Authentication(method="race-day PIN shared by the judging team")},
        )
    )
    # Entries, times, penalties and results for every race.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={start_list, run_times, judge_decisions, provisional_results, official_results},
            controls={tg.controls.AuditLogging(note="every penalty change records who and when")},
        )
    )
    # Clips kept for protests and for retraining.
    clip_store = tm.add(tg.DataStore("Gate clip store", stores={gate_clips}))

with tm.boundary("Race office", trust=tg.Trust.INTERNAL):
    # Volunteers judging a section of gates.
    gate_judge = tm.add(tg.Actor("Gate judge", role="gate judge"))
    # Signs off results and hears protests.
    chief_judge = tm.add(tg.Actor("Chief judge", role="race official", privileged=True))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Public live and final results.
    results_page = tm.add(
        tg.Endpoint("Public results page", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Clips labelled by the judges' final decisions.
    training_set = tm.add(tg.Dataset("Labelled clip dataset", stores={training_clips}))
    # Occasional retraining between seasons by a volunteer.
    training = tm.add(
        tg.Pipeline(
            "Penalty model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Notebook-driven fine-tuning run by a club volunteer.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Paddlers, parents and spectators following the race.
    public = tm.add(tg.Actor("Paddlers and spectators", role="public"))
    # Where the pretrained backbone comes from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("National federation", trust=tg.Trust.PARTNER):
    # Keeps the national ranking list and the online entry system.
    ranking = tm.add(
        tg.ExternalService(
            "National ranking service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Federation entry system and ranking list; accepts results uploads.",
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(ranking, race_control, start_list, protocol="https", controls={tls}, label="entries")
tm.flow(race_control, results_db, start_list)

tm.flow(cameras, penalty_model, gate_video, protocol="rtsp")
tm.flow(penalty_model, clip_store, gate_clips)
tm.flow(penalty_model, race_control, proposals, protocol="http")
tm.flow(timing, race_control, run_times, protocol="serial")

tm.flow(clip_store, race_control, gate_clips)
tm.flow(race_control, judge_tablets, proposals, gate_clips, protocol="http")
tm.flow(judge_tablets, gate_judge, proposals, gate_clips, label="shown for confirmation")
tm.flow(gate_judge, judge_tablets, judge_decisions, label="confirm or override")
tm.flow(judge_tablets, race_control, judge_decisions, protocol="http")

tm.flow(race_control, results_db, run_times, judge_decisions, provisional_results)
tm.flow(results_db, race_control, start_list, run_times, judge_decisions)
tm.flow(race_control, chief_judge, provisional_results, gate_clips, label="review and protests")
tm.flow(chief_judge, race_control, sign_off, judge_decisions, label="sign-off and protest rulings")
tm.flow(race_control, results_db, official_results)

tm.flow(
    race_control,
    results_page,
    provisional_results,
    official_results,
    protocol="https",
    controls={tls},
)
tm.flow(results_page, public, official_results, protocol="https", controls={tls})
tm.flow(
    race_control,
    ranking,
    official_results,
    protocol="https",
    controls={tls, tg.controls.Authentication(method="club API key")},
    label="results upload",
)

tm.flow(clip_store, training_set, training_clips, protocol="https", controls={tls})
tm.flow(results_db, training_set, judge_decisions, protocol="https", controls={tls}, label="labels")
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training_set, training, training_clips, judge_decisions)
tm.flow(
    training, penalty_model, penalty_model_file, protocol="https", label="copied to the edge server"
)
