"""Spray drift weather advisor: the first design, before any security review.

An EU arable farm cooperative tells its members when it is safe to spray pesticides.
Members' weather stations report wind, temperature and humidity over the internet;
an ingestion job also pulls a commercial forecast and open map layers of watercourses
and dwellings. Farm managers upload field boundaries through the member API. In the
tractor cab, the terminal app asks the drift advice service whether spraying a field
now is within the drift rules; the service checks statutory buffer zones and wind
limits in code and asks an in-house drift risk model for a go/no-go. The sprayer's
ISOBUS controller logs what was applied and the cab app uploads the log. Advice and
application records go nightly to the cooperative's compliance system for inspections.
Controls: TLS over the internet, per-station API keys, member sign-in, schema checks
at ingestion, encrypted records store, role-based access and audit logs for compliance.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Spray drift weather advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Go/no-go spraying advice for cooperative members from weather, forecasts "
    "and field maps, with application records kept for inspections.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind speed and direction, gusts, temperature, humidity, per station.",
)
forecast = tg.Data(
    "Local weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
geodata = tg.Data(
    "Watercourse and dwelling map layers",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
fields = tg.Data(
    "Field boundaries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Members' field polygons with crop and registered buffer zones.",
)
spray_plan = tg.Data(
    "Spray plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Field, product, nozzle and boom height the operator intends to use.",
)
advice_request = tg.Data(
    "Spray advice request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The spray plan with the operator's account and the tractor's GPS position.",
)
features = tg.Data("Drift risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk = tg.Data("Drift risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data(
    "Spray advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Go or no-go, the rule or risk behind it, and the next safe window.",
)
application_log = tg.Data(
    "Application log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Product, dose, time, GPS track and operator, as recorded by the sprayer.",
)
spray_records = tg.Data(
    "Spray records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Advice given and applications made, per field and operator.",
)
inspection_pack = tg.Data("Inspection pack", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Member farms", trust=tg.Trust.UNTRUSTED):
    # The person in the tractor cab who decides to spray.
    operator = tm.add(tg.Actor("Sprayer operator", role="member farm operator"))
    # Registers and maintains the farm's fields and buffer zones.
    farm_manager = tm.add(tg.Actor("Farm manager", role="member farm manager"))
    # Tablet app in the cab: asks for advice, shows it, uploads the sprayer's log.
    cab_terminal = tm.add(
        tg.Device(
            "Cab terminal app",
            description="Rugged tablet in each tractor cab, on mobile data.",
        )
    )
    # ISOBUS task controller on the sprayer: records what was really applied.
    sprayer = tm.add(
        tg.Device(
            "Sprayer controller",
            description="ISOBUS task controller logging rate, product and GPS track.",
        )
    )
    # Members' own stations, installed on farms, reporting over the internet.
    stations = tm.add(
        tg.Device(
            "Member weather stations",
            description="Anemometer and humidity stations owned by members, on farm broadband.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Open national mapping layers for watercourses and dwellings near fields.
    open_maps = tm.add(
        tg.DataSource(
            "National open map layers",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={geodata},
            description="Watercourse and building layers from the national mapping agency.",
        )
    )

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Commercial hourly forecast for each member's location.
    forecast_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # The one API the cab app and farm managers call.
    member_api = tm.add(
        tg.Endpoint(
            "Member API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="member e-mail and password")},
        )
    )
    # Pulls station readings, forecasts and map layers in and checks their shape.
    ingestion = tm.add(
        tg.Pipeline(
            "Weather and map ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="readings outside physical ranges are dropped")},
        )
    )
    # Recent observations and forecasts per station and field.
    weather_store = tm.add(tg.DataStore("Weather store", stores={readings, forecast}))
    # Fields with the watercourses and homes that set their buffer zones.
    field_map = tm.add(tg.DataStore("Field and buffer zone map", stores={fields, geodata}))
    # Works out the advice: statutory rules first, then the risk model.
    advice_service = tm.add(
        tg.Service(
            "Drift advice service",
            controls={
                c.PolicyEnforcement(
                    rules="statutory wind speed limits and buffer zone distances checked in code"
                )
            },
        )
    )
    # Scores the chance of drift reaching a watercourse or a home in the next hours.
    drift_model = tm.add(
        tg.Model(
            "Drift risk model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted model trained on drift trial data; in-house.",
        )
    )
    # Advice given and applications logged, kept for the legal record.
    records_store = tm.add(
        tg.DataStore(
            "Spray records store",
            stores={spray_records, application_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # The cooperative's compliance records system, used for inspections.
    compliance = tm.add(
        tg.Service(
            "Compliance system",
            controls={c.RBAC(), c.AuditLogging(retention_days=1825)},
        )
    )
    # Prepares inspection packs and answers inspectors' questions.
    officer = tm.add(tg.Actor("Compliance officer", role="cooperative compliance staff"))

# ---------------------------------------------------------------- flows
# weather and maps in
tm.flow(
    stations,
    ingestion,
    readings,
    protocol="https",
    controls={c.Authentication(method="per-station API key")},
    label="every 10 minutes",
)
tm.flow(ingestion, forecast_api, label="forecast request", protocol="https")
tm.flow(forecast_api, ingestion, forecast, protocol="https")
tm.flow(open_maps, ingestion, geodata, protocol="https", label="monthly download")
tm.flow(ingestion, weather_store, readings, forecast)
tm.flow(ingestion, field_map, geodata)

# fields from members
tm.flow(farm_manager, member_api, fields, protocol="https", label="field boundary upload")
tm.flow(member_api, field_map, fields)

# advice in the cab
tm.flow(operator, cab_terminal, spray_plan, label="entered on the touchscreen")
tm.flow(cab_terminal, member_api, advice_request, protocol="https")
tm.flow(member_api, advice_service, advice_request)
tm.flow(weather_store, advice_service, readings, forecast)
tm.flow(field_map, advice_service, fields, geodata)
tm.flow(advice_service, drift_model, features)
tm.flow(drift_model, advice_service, risk)
tm.flow(advice_service, member_api, advice)
tm.flow(member_api, cab_terminal, advice, protocol="https")
tm.flow(cab_terminal, operator, advice, label="shown on the cab display")
tm.flow(advice_service, records_store, spray_records, label="advice given")

# what was applied
tm.flow(sprayer, cab_terminal, application_log, protocol="isobus")
tm.flow(cab_terminal, member_api, application_log, protocol="https", label="end-of-job upload")
tm.flow(member_api, records_store, application_log)

# compliance
tm.flow(records_store, compliance, spray_records, application_log, label="nightly export")
tm.flow(officer, compliance, label="record search", protocol="https")
tm.flow(compliance, officer, spray_records, inspection_pack, protocol="https")
