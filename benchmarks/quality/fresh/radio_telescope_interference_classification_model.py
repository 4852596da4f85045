"""Radio telescope RFI classification: the first design, before any security review.

The observatory's telescope data are increasingly contaminated by radio frequency
interference (satellites, aircraft radar, mobile networks). A convolutional classifier
looks at the dynamic spectra the ingest pipeline cuts from each incoming observation
and labels each time-frequency block as clean or as one of several RFI types, using
public satellite orbital elements as side information. A flagging service turns the
classifications into flag tables, marks badly contaminated observations and alerts
the telescope operators, who can override flags from their console. Observations and
flags live in the observation store on the telescope control network; after the
proprietary period a publishing pipeline copies the flagged data products to the
public archive, which astronomers anywhere download from. RFI scientists label
spectra on the science cluster, where the model is retrained and versioned.
Controls: operator sign-in with observatory accounts, dataset and model versioning,
a proprietary-period check before publication and rate limits on the archive portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radio telescope RFI classification",
    profile=tg.RiskProfile.LOW,
    description="Classifies radio frequency interference in telescope data, flags "
    "contaminated observations and feeds the public data archive.",
)

# ---------------------------------------------------------------- data assets
visibilities = tg.Data(
    "Raw visibility data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Correlator output; under the observing team's proprietary period.",
)
spectra = tg.Data(
    "Dynamic spectra",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Time-frequency power blocks per baseline and polarisation.",
)
orbital_elements = tg.Data(
    "Satellite orbital elements", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
classifications = tg.Data(
    "RFI classifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-block class and probability.",
)
flags = tg.Data(
    "RFI flag tables",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alerts = tg.Data("RFI contamination alerts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
overrides = tg.Data("Operator flag overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
label_examples = tg.Data(
    "Spectra selected for labelling", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
labels = tg.Data(
    "RFI labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "RFI classifier weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint.",
)
products = tg.Data(
    "Public observation data products",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Calibrated, flagged data sets with their flag tables and metadata.",
)
archive_query = tg.Data("Archive search and download request", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Researchers anywhere who search and download released observations.
    astronomer = tm.add(tg.Actor("Astronomer", role="archive user"))
    # Public catalogue of satellite orbits, polled hourly to predict satellite passes.
    orbit_catalogue = tm.add(
        tg.DataSource(
            "Public satellite orbit catalogue",
            origin=tg.Origin.PUBLIC_WEB,
            provides={orbital_elements},
        )
    )

with tm.boundary("Observatory site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Telescope control network", trust=tg.Trust.RESTRICTED):
        # The correlator that produces the raw data stream from the antennas.
        correlator = tm.add(tg.Device("Telescope correlator", fleet=False))
        # Real-time ingest: writes visibilities and cuts dynamic spectra for the classifier.
        ingest = tm.add(tg.Pipeline("Real-time ingest pipeline", stage=tg.Stage.PREPROCESSING))
        # The classifier: in-house CNN served on the ingest GPU nodes.
        model = tm.add(
            tg.Model(
                "RFI classification model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
            )
        )
        # Applies classifications as flags and marks contaminated observations.
        flagger = tm.add(
            tg.Service(
                "RFI flagging service",
                description="Flags blocks above a class probability threshold; an observation "
                "with more than 30% flagged is marked contaminated.",
            )
        )
        # Raw visibilities and their flag tables for every observation.
        obs_store = tm.add(
            tg.DataStore(
                "Observation store",
                stores={visibilities, flags},
                controls={c.DataVersioning(note="nightly tape backup")},
            )
        )
        # Console in the control room showing RFI alerts and letting operators override flags.
        console = tm.add(
            tg.Endpoint(
                "Operator console",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="observatory LDAP account and password")},
            )
        )
        # Watches observations and overrides flags that are clearly wrong.
        operator = tm.add(tg.Actor("Telescope operator", role="operator"))

    with tm.boundary("Science computing cluster", trust=tg.Trust.INTERNAL):
        # Labels sampled spectra as clean or an RFI type in a notebook on the cluster.
        scientist = tm.add(tg.Actor("RFI scientist", role="scientist"))
        # Versioned set of sampled spectra and their labels, on the cluster file system.
        dataset = tm.add(
            tg.Dataset(
                "Labelled RFI training set",
                stores={label_examples, labels},
                controls={c.DataVersioning()},
            )
        )
        # Retrains the classifier on the GPU cluster when the set grows.
        training = tm.add(
            tg.Pipeline("Classifier training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Stores each trained checkpoint; operations pull a tagged version to serve.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Archive DMZ", trust=tg.Trust.INTERNAL):
    # Copies released observations with their flags to the public archive.
    publisher = tm.add(
        tg.Pipeline(
            "Archive publishing pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.PolicyEnforcement(
                    rules="releases only observations past their 12-month proprietary period"
                )
            },
        )
    )
    # Storage behind the archive portal.
    archive_store = tm.add(tg.DataStore("Public archive storage", stores={products}))
    # Public web portal and download API.
    portal = tm.add(
        tg.Endpoint(
            "Public archive portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(correlator, ingest, visibilities, protocol="spead")
tm.flow(ingest, obs_store, visibilities)
tm.flow(ingest, flagger, spectra)
tm.flow(orbit_catalogue, flagger, orbital_elements, protocol="https", label="hourly poll")
tm.flow(flagger, model, spectra, orbital_elements)
tm.flow(model, flagger, classifications)
tm.flow(flagger, obs_store, flags)
tm.flow(flagger, console, alerts)
tm.flow(console, operator, alerts, flags)
tm.flow(operator, console, overrides)
tm.flow(console, flagger, overrides)

tm.flow(obs_store, dataset, label_examples, protocol="nfs", label="sampled spectra")
tm.flow(dataset, scientist, label_examples, protocol="https", label="notebook")
tm.flow(scientist, dataset, labels, protocol="https", label="notebook")
tm.flow(dataset, training, label_examples, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="deploy tagged version")

tm.flow(obs_store, publisher, visibilities, flags, protocol="ssh", label="nightly export")
tm.flow(publisher, archive_store, products)
tm.flow(archive_store, portal, products)
tm.flow(astronomer, portal, archive_query, protocol="https")
tm.flow(portal, astronomer, products, protocol="https")
