"""Reptile rescue centre: adoption, rotas and vivarium heating alerts (first design).

A small reptile rescue charity in the UK runs about sixty vivaria. Each vivarium's
heat mat sits behind a thermostat that reports its probe temperature every minute
over the centre's Wi-Fi to a small gateway box in the office. The gateway forwards
the readings over MQTT with TLS to a cloud-hosted telemetry store, where an
in-house heating-failure model (trained on last winter's logs) looks at each
vivarium's recent readings and flags a failing mat or stuck thermostat. Flags go to
an alert service that looks up the volunteer on call in the rota and texts them
through an SMS provider. Members of the public apply to adopt animals through a
web portal; the centre coordinator reviews applications there. Volunteers sign in
to a rota app (e-mail and password) to see feeding and cleaning rotas and set their
availability. Controls: HTTPS everywhere public, form validation on the portal,
role-based access in the rota app and the hosting provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reptile rescue centre adoption and vivarium heating alerts",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Adoption applications, volunteer rotas and a model that flags vivarium "
        "heating failures to the on-call volunteer."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Adoption application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, home set-up, reptile experience, other pets.",
)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
application_decision = tg.Data(
    "Application decision and notes", kind="records", sensitivity=tg.Sensitivity.PII
)
readings = tg.Data(
    "Vivarium temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
failure_flag = tg.Data(
    "Heating failure flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
on_call = tg.Data(
    "On-call volunteer contact",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name and mobile number of whoever is on call tonight.",
)
alert_sms = tg.Data("Heating alert text message", sensitivity=tg.Sensitivity.PII)
volunteer_details = tg.Data(
    "Volunteer details and availability", kind="records", sensitivity=tg.Sensitivity.PII
)
rota = tg.Data(
    "Feeding and cleaning rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who feeds and cleans which rooms on which day, including the on-call slot.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who want to adopt a rescued reptile.
    adopter = tm.add(tg.Actor("Prospective adopter", role="member of the public"))
    # Volunteers use their own phones, at the centre and at home.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway that delivers the heating alerts to volunteers' phones.
    sms = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS API, pay as you go."))

with tm.boundary("Rescue centre network", trust=tg.Trust.INTERNAL):
    # One Wi-Fi thermostat per vivarium; it switches the heat mat and reports its probe.
    thermostats = tm.add(
        tg.Device(
            "Vivarium thermostats",
            fleet=True,
            description="Wi-Fi thermostats with a probe, one per vivarium heat mat.",
        )
    )
    # Small box in the office that collects the readings and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Sensor gateway",
            description="Raspberry Pi running an MQTT broker; forwards readings upstream.",
        )
    )
    # The centre coordinator (paid staff) runs adoptions and the rota.
    coordinator = tm.add(tg.Actor("Centre coordinator", role="coordinator", privileged=True))

with tm.boundary("Cloud hosting", trust=tg.Trust.INTERNAL):
    # Public website where people apply to adopt and staff review the applications.
    portal = tm.add(
        tg.Service(
            "Adoption portal",
            internet_facing=True,
            controls={
                c.InputValidation(note="form fields validated server-side"),
                c.Authentication(method="e-mail and password", note="coordinator account"),
            },
        )
    )
    # Holds every adoption application and the coordinator's notes.
    applications_db = tm.add(
        tg.DataStore(
            "Adoption applications database",
            stores={application, application_decision},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Time-series store of every thermostat reading.
    telemetry = tm.add(tg.DataStore("Temperature telemetry store", stores={readings}))
    # Spots a failing heat mat or stuck thermostat from a vivarium's recent readings.
    heating_model = tm.add(
        tg.Model(
            "Heating failure model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted model over the last hour of readings per vivarium.",
        )
    )
    # Turns a flag into a text to whoever is on call.
    alerting = tm.add(tg.Service("Heating alert service"))
    # Volunteers' app for rotas and availability.
    rota_app = tm.add(
        tg.Service(
            "Volunteer rota app",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="volunteers view and set availability; coordinator edits rotas"),
            },
        )
    )
    # Volunteer contact details, availability and the rotas.
    rota_db = tm.add(tg.DataStore("Volunteer and rota database", stores={volunteer_details, rota}))

# ---------------------------------------------------------------- flows
# adoption
tm.flow(adopter, portal, application, protocol="https")
tm.flow(portal, adopter, application_status, protocol="https")
tm.flow(portal, applications_db, application, application_decision)
tm.flow(applications_db, portal, application, application_decision)
tm.flow(portal, coordinator, application, protocol="https", label="review applications")
tm.flow(coordinator, portal, application_decision, protocol="https")

# heating monitoring
tm.flow(thermostats, gateway, readings, protocol="mqtt")
tm.flow(gateway, telemetry, readings, protocol="mqtts")
tm.flow(telemetry, heating_model, readings, label="last hour per vivarium")
tm.flow(heating_model, alerting, failure_flag)
tm.flow(rota_db, alerting, on_call, label="who is on call")
tm.flow(alerting, sms, alert_sms, on_call, protocol="https")
tm.flow(sms, volunteer, alert_sms, protocol="sms")

# rotas
tm.flow(volunteer, rota_app, volunteer_details, protocol="https", label="availability")
tm.flow(rota_app, volunteer, rota, protocol="https")
tm.flow(coordinator, rota_app, rota, protocol="https", label="edits rotas")
tm.flow(rota_app, coordinator, rota, volunteer_details, protocol="https")
tm.flow(rota_app, rota_db, volunteer_details, rota)
tm.flow(rota_db, rota_app, volunteer_details, rota)
