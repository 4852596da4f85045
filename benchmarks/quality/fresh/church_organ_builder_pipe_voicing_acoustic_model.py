"""Pipe voicing acoustic model for an organ-building workshop: the first design.

Voicers at the workshop's voicing machine sound each new flue pipe in front of a
measurement microphone; a capture PC on the bench extracts its spectrum and sends it,
with the pipe's scale and mouth measurements, to a recommendation API in the firm's
cloud tenancy. An in-house acoustic model compares the pipe with the tonal target the
tonal director set for that stop and suggests cut-up, nicking and tuning adjustments,
shown on the bench tablet; the voicer decides what to do and records it. On site, the
tonal finisher uses a laptop over the church's Wi-Fi to do the same during finishing.
Voicing sessions feed a nightly retraining job, whose models go into a registry the
API loads from. A web app lets the tonal director edit targets and lets the church's
organ adviser read finishing reports. The API takes a per-device key, cloud traffic
uses TLS, the records database is encrypted at rest and models are versioned; the
bench LAN link is plain HTTP.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pipe voicing acoustic model",
    profile=tg.RiskProfile.LOW,
    description="Suggests voicing adjustments for organ pipes from their measured sound.",
)

# ---------------------------------------------------------------- data assets
pipe_sound = tg.Data(
    "Pipe sound recording",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A few seconds of the pipe speaking on the voicing machine or in the church.",
)
spectrum = tg.Data("Pipe spectral features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
measurements = tg.Data(
    "Pipe scale and mouth measurements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Diameter, mouth width, cut-up, languid and toe sizes: the firm's scaling.",
)
targets = tg.Data(
    "Stop tonal targets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The tonal director's target harmonic profile per stop and organ.",
)
suggestion = tg.Data("Voicing adjustment suggestion", kind="model-output")
adjustments = tg.Data(
    "Voicer's recorded adjustments",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="What the voicer actually did to each pipe, and the result.",
)
sessions = tg.Data(
    "Voicing session records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Spectra, measurements, suggestions and adjustments, with the voicer's name.",
)
training_set = tg.Data(
    "Voicing training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Acoustic model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="A joblib file of the gradient-boosted regressors.",
)
device_key = tg.Data("Device API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
report = tg.Data(
    "Tonal finishing report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-stop summary of the finishing work, for the church.",
)
report_request = tg.Data("Report request", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Workshop LAN", trust=tg.Trust.INTERNAL):
    # The person at the voicing machine who adjusts each pipe by hand.
    voicer = tm.add(tg.Actor("Voicer", role="voicer"))
    # Sets the target sound of every stop; the firm's senior tonal authority.
    tonal_director = tm.add(tg.Actor("Tonal director", role="tonal director", privileged=True))
    # Fixed measurement microphone in the voicing room, wired to the capture PC.
    microphone = tm.add(
        tg.Device(
            "Voicing room measurement microphone",
            fleet=False,
            description="Calibrated measurement microphone on a stand at the voicing machine.",
        )
    )
    # Bench tablet where the voicer enters measurements and reads suggestions.
    tablet = tm.add(
        tg.Device(
            "Voicing bench tablet",
            fleet=False,
            description="Shop-floor tablet with the voicing web page open.",
        )
    )
    # Bench PC: records the pipe, extracts the spectrum, talks to the cloud API.
    capture = tm.add(
        tg.Service(
            "Bench capture service",
            description="Runs on the voicing-room PC; holds the device API key in a config file.",
        )
    )

with tm.boundary("Church site", trust=tg.Trust.UNTRUSTED):
    # The voicer doing tonal finishing in the building, weeks at a time.
    finisher = tm.add(tg.Actor("Tonal finisher", role="voicer"))
    # Firm laptop with a USB microphone, on the church's Wi-Fi or a 4G hotspot.
    laptop = tm.add(
        tg.Device(
            "On-site finishing laptop",
            description="Windows laptop running the capture software; carries its own device key.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The church's organ adviser, who follows the finishing and receives reports.
    adviser = tm.add(tg.Actor("Church organ adviser", role="client"))

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API the bench PC and the laptop call for suggestions.
    api = tm.add(
        tg.Endpoint(
            "Voicing recommendation API",
            purpose=tg.EndpointPurpose.INFERENCE,
            internet_facing=True,
            controls={tg.controls.Authentication(method="per-device API key")},
        )
    )
    # The acoustic model itself: regression from spectrum and scale to adjustments.
    model = tm.add(
        tg.Model(
            "Acoustic voicing model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts cut-up, nicking and tuning changes towards the stop target.",
        )
    )
    # System of record for targets and voicing sessions.
    records = tm.add(
        tg.DataStore(
            "Voicing records database",
            stores={targets, sessions, measurements},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff and client web app: targets for the tonal director, reports for churches.
    web_app = tm.add(
        tg.Endpoint(
            "Workshop web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Snapshot of past sessions used for retraining.
        dataset = tm.add(tg.Dataset("Voicing training dataset", stores={training_set}))
        # Nightly job that refits the model on new sessions.
        retraining = tm.add(
            tg.Pipeline(
                "Nightly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="scikit-learn and librosa from PyPI, unpinned.",
            )
        )
        # Keeps each trained model; the API loads the latest one at start-up.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tls = {tg.controls.EncryptionInTransit(protocol="TLS 1.2")}

# At the voicing machine
tm.flow(microphone, capture, pipe_sound, protocol="usb")
tm.flow(voicer, tablet, measurements, adjustments, label="typed on the touchscreen")
tm.flow(tablet, capture, measurements, adjustments, protocol="http")
tm.flow(capture, api, spectrum, measurements, device_key, protocol="https", controls=tls)
tm.flow(api, capture, suggestion, protocol="https", controls=tls)
tm.flow(capture, tablet, suggestion, protocol="http")
tm.flow(tablet, voicer, suggestion, label="shown on the touchscreen")
tm.flow(capture, api, sessions, protocol="https", controls=tls, label="session upload")

# Finishing in the church
tm.flow(finisher, laptop, measurements, adjustments, label="typed at the keyboard")
tm.flow(laptop, api, spectrum, measurements, device_key, protocol="https", controls=tls)
tm.flow(api, laptop, suggestion, protocol="https", controls=tls)
tm.flow(laptop, finisher, suggestion, label="shown on screen")
tm.flow(laptop, api, sessions, protocol="https", controls=tls, label="session upload")

# Inference in the cloud
tm.flow(records, api, targets, label="target for the stop")
tm.flow(api, model, spectrum, measurements, targets)
tm.flow(model, api, suggestion)
tm.flow(api, records, sessions)

# Targets and reports
tm.flow(tonal_director, web_app, targets, protocol="https", controls=tls)
tm.flow(web_app, records, targets)
tm.flow(records, web_app, sessions, targets)
tm.flow(web_app, tonal_director, sessions, protocol="https", controls=tls)
tm.flow(adviser, web_app, report_request, protocol="https", controls=tls)
tm.flow(web_app, adviser, report, protocol="https", controls=tls)

# Retraining
tm.flow(records, dataset, training_set, label="nightly export")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(registry, model, weights, label="loaded at start-up")
