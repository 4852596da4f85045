"""Connected bait stations: the first design, before any security review.

A pest control company fits battery-powered bait stations and traps with sensors in
its clients' food factories and warehouses. Each sensor reports rodent visits, bait
take and trap catches over LoRaWAN to a gateway we install on site, which forwards
the frames over the site's cellular backhaul to a hosted LoRaWAN network server run
by a connectivity partner. The network server calls our ingestion webhook in the
company's cloud, where events are stored, a nightly model predicts infestation hot
spots per site zone, and a scheduler proposes technician visits that the area
service manager confirms. Technicians record findings and treatments on company
phones. Client QA managers sign in to a web portal to download service reports and
activity trends for their food-safety (BRCGS and retailer) audits. Controls in this
design: LoRaWAN's own frame encryption and integrity, a shared token on the webhook,
payload schema checks, portal e-mail and password sign-in with per-client access,
and the cloud provider's default encryption at rest on the stores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Connected bait station monitoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LoRaWAN bait-station sensors in client food sites, hot-spot prediction, "
        "technician scheduling and a client audit-report portal."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_events = tg.Data(
    "Bait station sensor events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Station id, timestamp, visit and catch counts, bait weight, battery level.",
)
station_register = tg.Data(
    "Site and station register",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client sites, floor plans with station positions, site contacts.",
)
client_contacts = tg.Data("Client site contacts", kind="records", sensitivity=tg.Sensitivity.PII)
hot_spot_forecast = tg.Data(
    "Infestation hot spot forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Risk score per site zone for the coming two weeks.",
)
visit_schedule = tg.Data(
    "Technician visit schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Technician names, routes and client site visit times.",
)
service_records = tg.Data(
    "Service visit records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Findings, photos, biocides applied, technician sign-off per visit.",
)
audit_reports = tg.Data(
    "Pest control audit reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
hot_spot_model_file = tg.Data(
    "Hot spot model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
portal_request = tg.Data("Portal request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Client premises", trust=tg.Trust.PARTNER):
    # The sensor in each bait station or trap; anyone on the factory floor can reach it.
    sensor = tm.add(
        tg.Device(
            "Bait station sensor",
            fleet=True,
            description="Battery sensor module with a LoRaWAN radio, OTAA-joined.",
        )
    )
    # Our LoRaWAN gateway on the client's site, with its own cellular backhaul.
    gateway = tm.add(
        tg.Device(
            "LoRaWAN site gateway",
            fleet=True,
            description="Outdoor gateway running Basics Station over a 4G SIM.",
        )
    )

with tm.boundary("Connectivity partner", trust=tg.Trust.PARTNER):
    # Hosted network server: deduplicates frames, holds device session keys.
    network_server = tm.add(
        tg.ExternalService(
            "Hosted LoRaWAN network server",
            provides=tg.ExternalCategory.GENERIC,
            description="Manages gateways and devices, decrypts payloads, calls our webhook.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives uplinks from the network server and decodes the payloads.
    ingestion = tm.add(
        tg.Service(
            "Uplink ingestion service",
            controls={
                c.Authentication(method="shared webhook token"),
                c.SchemaEnforcement(note="payload decoder rejects malformed frames"),
            },
        )
    )
    # Time series of every sensor event, per client site.
    event_store = tm.add(
        tg.DataStore(
            "Sensor event store",
            stores={sensor_events},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Which station is where: the master data for every client site.
    register = tm.add(
        tg.DataStore(
            "Site and station register",
            stores={station_register, client_contacts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Predicts where infestations are building, per site zone.
    hot_spot_model = tm.add(
        tg.Model(
            "Infestation hot spot model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            description="Gradient-boosted trees run nightly over recent events and visits.",
        )
    )
    # Monthly retraining on event history and confirmed catches from visits.
    retraining = tm.add(
        tg.Pipeline(
            "Hot spot model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Monthly notebook job; writes a joblib file the model service loads.",
        )
    )
    # Turns forecasts and contract visit frequencies into technician visit plans.
    scheduler = tm.add(
        tg.Service(
            "Visit scheduler",
            controls={c.HumanInTheLoop(approver="area service manager confirms the weekly plan")},
        )
    )
    # Technicians' visit findings and the audit reports built from them.
    report_store = tm.add(
        tg.DataStore(
            "Service report store",
            stores={service_records, audit_reports},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Client-facing web portal for reports, trends and hot spot maps.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="users see only the sites of their own client account"),
            },
        )
    )

with tm.boundary("Field workforce", trust=tg.Trust.INTERNAL):
    technician = tm.add(tg.Actor("Pest control technician", role="technician"))
    # Company-issued phone with the field service app.
    tech_app = tm.add(
        tg.Device(
            "Technician field app",
            fleet=True,
            description="Android handheld app on company phones, used over mobile data.",
            controls={c.Authentication(method="company SSO")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Maintains the register and confirms the visit plan.
    service_manager = tm.add(tg.Actor("Area service manager", role="operations"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client's quality assurance lead, who takes reports to their audits.
    client_qa = tm.add(tg.Actor("Client QA manager", role="client user"))

# ---------------------------------------------------------------- flows
tm.flow(
    sensor,
    gateway,
    sensor_events,
    protocol="lorawan",
    controls={
        c.EncryptionInTransit(protocol="LoRaWAN 1.0.3 AES-128 AppSKey"),
        c.MessageIntegrity(note="LoRaWAN frame MIC with the NwkSKey"),
    },
)
tm.flow(gateway, network_server, sensor_events, protocol="wss", label="Basics Station")
tm.flow(network_server, ingestion, sensor_events, protocol="https", label="uplink webhook")
tm.flow(ingestion, event_store, sensor_events)
tm.flow(register, ingestion, station_register, label="station to zone lookup")

tm.flow(event_store, hot_spot_model, sensor_events)
tm.flow(register, hot_spot_model, station_register)
tm.flow(hot_spot_model, scheduler, hot_spot_forecast)
tm.flow(register, scheduler, station_register, client_contacts)
tm.flow(service_manager, scheduler, visit_schedule, protocol="https", label="confirms plan")
tm.flow(service_manager, register, station_register, client_contacts, protocol="https")
tm.flow(scheduler, tech_app, visit_schedule, protocol="https")

tm.flow(technician, tech_app, service_records, label="records findings")
tm.flow(tech_app, technician, visit_schedule)
tm.flow(tech_app, report_store, service_records, protocol="https")

tm.flow(event_store, retraining, sensor_events)
tm.flow(report_store, retraining, service_records, label="confirmed catches")
tm.flow(retraining, hot_spot_model, hot_spot_model_file, label="deploy")

tm.flow(client_qa, portal, portal_request, protocol="https")
tm.flow(report_store, portal, audit_reports, service_records)
tm.flow(event_store, portal, sensor_events, label="activity trends")
tm.flow(hot_spot_model, portal, hot_spot_forecast)
tm.flow(register, portal, station_register)
tm.flow(portal, client_qa, audit_reports, hot_spot_forecast, sensor_events, protocol="https")
