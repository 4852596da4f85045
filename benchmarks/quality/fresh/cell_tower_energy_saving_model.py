"""Cell tower energy saving model: the first design, before any security review.

The mobile network puts capacity carriers on its cell sites to sleep in quiet
hours to save energy. The network management system (NMS) collects performance
counters from the radio units every 15 minutes and drops them into an analytics
data lake. A feature pipeline and a weekly training job build a per-site traffic
forecast model, stored in a model registry. A sleep scheduler asks the model for
the next hours' traffic per site, plans which carriers can sleep, and sends
on/off commands to the NMS northbound API, which applies them to the radios.
The coverage-layer carrier of every site stays on so that emergency calls are
always served; the scheduler enforces that from a coverage rule set. NOC
engineers see the plan in their console and can override any site. Controls in
this design: the coverage rule check, NMS sign-in with roles and audit logs,
NETCONF over SSH to the radios, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cell tower energy saving model",
    profile=tg.RiskProfile.HIGH,
    description="Traffic forecasts switch cell-site carriers off and on to save energy.",
)

# ---------------------------------------------------------------- data assets
counters = tg.Data(
    "Performance counters",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-cell PRB use, connected users, throughput, 15-minute granularity.",
)
features = tg.Data("Site traffic features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Forecast training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
events = tg.Data("Public events calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Traffic forecast per site", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
coverage_rules = tg.Data(
    "Coverage rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which carrier is the coverage layer at each site, and sites never to touch.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sleep_plan = tg.Data("Carrier sleep plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
carrier_commands = tg.Data(
    "Carrier on/off commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("NOC override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alarms = tg.Data("Cell state and alarms", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Stadium and concert dates, so that the forecast expects crowds.
    events_feed = tm.add(
        tg.DataSource("Public events feed", origin=tg.Origin.PUBLIC_WEB, provides={events})
    )

with tm.boundary("Radio access network", trust=tg.Trust.INTERNAL):
    # The baseband and radio units at every cell site; carriers are switched here.
    radios = tm.add(
        tg.Device(
            "Cell site radio units",
            fleet=True,
            description="eNodeB/gNodeB radio units; carriers can be locked and unlocked remotely.",
        )
    )

with tm.boundary("OSS network", trust=tg.Trust.RESTRICTED):
    # The vendor NMS that manages the radios and is the only path to them.
    nms = tm.add(
        tg.Service(
            "Network management system",
            description="Collects counters and alarms; applies configuration to the radios.",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Long-term store of the counters that training and features read.
    data_lake = tm.add(tg.DataStore("Counter data lake", stores={counters, events}))
    # Builds per-site hourly features from counters and the events calendar.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Weekly retraining of the forecast on the last months of counters.
    training = tm.add(
        tg.Pipeline("Weekly forecast training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds the trained forecast models; the scheduler loads the pinned version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Forecasts each site's traffic for the next hours.
    model = tm.add(
        tg.Model(
            "Site traffic forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees per site cluster; drives carrier sleep decisions.",
        )
    )
    # Plans which carriers sleep and sends the commands; no language model.
    scheduler = tm.add(
        tg.Service(
            "Carrier sleep scheduler",
            description="Turns forecasts into a sleep plan and wakes carriers when load rises.",
            controls={
                c.SafetyLimits(
                    limits="coverage-layer carrier never switched off; sites on the protected list untouched"
                )
            },
        )
    )
    # The rule set that protects emergency-call coverage.
    coverage_store = tm.add(tg.DataStore("Coverage rule set", stores={coverage_rules}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Network operations staff watching the plan and overriding it when needed.
    noc = tm.add(tg.Actor("NOC engineer", role="network operations"))
    # Console that shows the sleep plan and takes overrides.
    console = tm.add(tg.Endpoint("NOC energy console", purpose=tg.EndpointPurpose.API))
    # Trains and promotes the forecast models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(radios, nms, counters, alarms, protocol="ssh")
tm.flow(nms, radios, carrier_commands, protocol="ssh")
tm.flow(nms, data_lake, counters, protocol="sftp")
tm.flow(events_feed, data_lake, events, protocol="https")

tm.flow(data_lake, feature_job, counters, events)
tm.flow(feature_job, training, features, training_set)
tm.flow(feature_job, model, features, label="latest hours")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, training, training_set, label="launches and checks runs")
tm.flow(registry, model, weights, label="load pinned version")

tm.flow(scheduler, model, features, label="forecast request")
tm.flow(model, scheduler, forecast)
tm.flow(coverage_store, scheduler, coverage_rules)
tm.flow(noc, coverage_store, coverage_rules, label="maintains protected sites")
tm.flow(scheduler, nms, carrier_commands, protocol="https", label="northbound API")
tm.flow(nms, scheduler, alarms, protocol="https")

tm.flow(scheduler, console, sleep_plan, protocol="https")
tm.flow(console, noc, sleep_plan, protocol="https")
tm.flow(noc, console, override, protocol="https")
tm.flow(console, scheduler, override, protocol="https")
tm.flow(noc, nms, override, protocol="https", label="manual carrier unlock")
