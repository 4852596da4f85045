"""Allotment water leak detection: the first design, before any security review.

The allotments team fits a flow meter and a smart shut-off valve to the mains
supply of each allotment site. Meters send readings over a LoRaWAN network run by
a council contractor, whose network server forwards them to our council cloud.
An in-house model, retrained monthly on stored readings, scores each site for
leaks, bursts and misuse; the alerting service texts the site secretary through
an SMS provider and, when a burst is likely, sends a close command back down the
LoRaWAN network to the site valve. Plot holders report leaks with photos in the
allotment app; staff use the same API's console to review reports and reopen
valves. Controls: LoRaWAN encryption and integrity on the radio link, an API key
on the contractor's webhook, sign-in and roles on the API, managed encryption at
rest, logging of valve commands, and a manual bypass tap at each meter pit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment water leak detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flow-pattern leak and misuse detection on allotment water supplies, "
    "with SMS alerts and automatic valve closure on likely bursts.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Flow meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Litres per interval and cumulative volume, per site meter.",
)
valve_status = tg.Data("Valve status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
valve_command = tg.Data(
    "Valve close and open commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
leak_scores = tg.Data(
    "Leak and misuse scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Leak model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
alert_sms = tg.Data(
    "Leak alert text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Site name, suspected problem, and the secretary's mobile number.",
)
secretary_contacts = tg.Data(
    "Site secretary contact details", kind="records", sensitivity=tg.Sensitivity.PII
)
leak_report = tg.Data(
    "Plot holder leak report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plot number, description, and the plot holder's name and account.",
)
leak_photos = tg.Data("Leak report photos", kind="media", sensitivity=tg.Sensitivity.PII)
report_status = tg.Data("Report status", kind="records", sensitivity=tg.Sensitivity.PII)
ops_view = tg.Data("Alerts and reports view", kind="records", sensitivity=tg.Sensitivity.PII)
reopen_request = tg.Data(
    "Valve reopen request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Allotment sites", trust=tg.Trust.UNTRUSTED):
    # One battery meter per site on the supply main, in an unlocked meter pit.
    meter = tm.add(tg.Device("Site flow meter", description="LoRaWAN class A pulse meter."))
    # Motorised valve on the site main; closes on a downlink command.
    valve = tm.add(
        tg.Device(
            "Smart shut-off valve",
            description="LoRaWAN class C motorised ball valve on the site main.",
            controls={
                c.SafetyLimits(
                    limits="manual bypass tap in the meter pit restores supply if the valve sticks shut"
                )
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Plot holders who report leaks they find on site.
    plot_holder = tm.add(tg.Actor("Plot holder", role="allotment tenant"))
    # The council's allotment app on plot holders' phones.
    app = tm.add(tg.Device("Allotment app", description="iOS and Android app for plot holders."))
    # Volunteer site secretary who gets the leak texts and goes to look.
    secretary = tm.add(tg.Actor("Site secretary", role="volunteer site secretary"))

with tm.boundary("LoRaWAN contractor", trust=tg.Trust.PARTNER):
    # The contractor's gateways and network server; forwards uplinks, queues downlinks.
    lns = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="Run by the council's LoRaWAN contractor; holds the device session keys.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway used across the council.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Receives the contractor's uplink webhooks and decodes the payloads.
    ingestion = tm.add(
        tg.Service(
            "Uplink ingestion service",
            controls={c.Authentication(method="static API key in the contractor's webhook header")},
        )
    )
    # Time series of readings and valve states for every site.
    telemetry = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={readings, valve_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining of the leak model on the stored readings.
    training = tm.add(tg.Pipeline("Monthly leak model retraining job", stage=tg.Stage.TRAINING))
    # Gradient-boosted detector over flow windows: leak, burst, misuse, normal.
    detector = tm.add(
        tg.Model(
            "Leak and misuse detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Scores 24-hour flow windows every 15 minutes per site.",
        )
    )
    # Decides on alerts and valve closures from the scores; sends texts and commands.
    alerting = tm.add(
        tg.Service(
            "Alerting and valve control service",
            description="Texts the secretary above the leak threshold; closes the valve "
            "when the burst score stays above 0.9 for two windows.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # API behind the app and the staff console.
    api = tm.add(
        tg.Endpoint(
            "Allotments API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="plot holders: e-mail and password; staff: council single sign-on"
                ),
                c.RBAC(),
            },
        )
    )
    # Leak reports, photos, alerts, and each site's secretary contacts.
    ops_db = tm.add(
        tg.DataStore(
            "Allotment operations database",
            stores={leak_report, leak_photos, report_status, secretary_contacts, ops_view},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Allotments team officer who follows up alerts and reopens valves.
    officer = tm.add(tg.Actor("Allotments officer", role="allotments team"))

# ---------------------------------------------------------------- flows
lorawan_link = {
    c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys"),
    c.MessageIntegrity(note="LoRaWAN message integrity code"),
}
tm.flow(meter, lns, readings, protocol="lorawan", controls=lorawan_link)
tm.flow(valve, lns, valve_status, protocol="lorawan", controls=lorawan_link)
tm.flow(lns, ingestion, readings, valve_status, protocol="https", label="uplink webhook")
tm.flow(ingestion, telemetry, readings, valve_status)

tm.flow(telemetry, training, readings, label="last 12 months")
tm.flow(training, detector, model_artifact, label="deploy")
tm.flow(telemetry, alerting, readings, valve_status)
tm.flow(alerting, detector, readings, label="flow windows")
tm.flow(detector, alerting, leak_scores)

tm.flow(alerting, lns, valve_command, protocol="https", label="downlink queue API")
tm.flow(lns, valve, valve_command, protocol="lorawan", controls=lorawan_link)

tm.flow(ops_db, alerting, secretary_contacts)
tm.flow(alerting, ops_db, ops_view, label="alert history")
tm.flow(alerting, sms, alert_sms, protocol="https")
tm.flow(sms, secretary, alert_sms, protocol="sms")

tm.flow(plot_holder, app, leak_report, leak_photos, label="reports a leak")
tm.flow(app, api, leak_report, leak_photos, protocol="https")
tm.flow(api, app, report_status, protocol="https")
tm.flow(app, plot_holder, report_status)
tm.flow(api, ops_db, leak_report, leak_photos)
tm.flow(ops_db, api, ops_view, report_status)
tm.flow(api, alerting, leak_report, label="new report notification")

tm.flow(officer, api, reopen_request, protocol="https", label="staff console")
tm.flow(api, officer, ops_view, protocol="https")
tm.flow(api, alerting, reopen_request)
