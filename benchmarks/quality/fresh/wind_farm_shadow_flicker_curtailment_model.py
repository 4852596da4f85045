"""Wind farm shadow flicker curtailment: the first design, before any security review.

Our onshore wind farm's planning consent caps shadow flicker at each nearby home.
A curtailment scheduler on the site server runs every few minutes: it computes
the sun position, takes cloud cover from a commercial weather API and from an
on-site light sensor, reads rotor state from the wind farm SCADA, and asks a
flicker model for the predicted flicker at each house in the receptor register.
When a house would exceed its permitted hours it sends stop commands, and later
restart commands, to the turbines through the SCADA; the turbines' own safety
systems govern how they stop and start. If the weather data or the light sensor
is missing it falls back to the astronomical worst case and curtails. Operators
in the remote control centre watch and override it from a dashboard behind the
company SSO; a monthly job e-mails the flicker log to the planning authority, and
residents report flicker through a web form on the company website.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm shadow flicker curtailment",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts shadow flicker at nearby homes and stops and restarts turbines "
        "through SCADA to stay within the consent's permitted hours."
    ),
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data(
    "Cloud cover forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
irradiance = tg.Data(
    "Direct irradiance readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rotor_state = tg.Data(
    "Rotor state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per turbine: running or stopped, yaw angle, rotor speed.",
)
receptors = tg.Data(
    "Receptor register",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each house's address and position, window geometry, permitted and used hours.",
)
model_inputs = tg.Data(
    "Flicker model inputs",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sun position, cloud cover, irradiance, rotor state and receptor geometry.",
)
prediction = tg.Data(
    "Predicted flicker per house", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
commands = tg.Data(
    "Turbine stop and restart commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flicker_log = tg.Data(
    "Flicker log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Predicted flicker per house, curtailment events and minutes, per day.",
)
monthly_report = tg.Data(
    "Monthly flicker report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
override = tg.Data(
    "Manual curtailment override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Operator forces a turbine to stop, or releases it from curtailment.",
)
status = tg.Data("Curtailment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
complaint = tg.Data(
    "Resident flicker report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, contact details, date and time and description of the flicker.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Neighbours who report flicker they see at home.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))
    # The council's planning officer who receives the monthly log.
    planning = tm.add(tg.Actor("Planning authority officer", role="regulator"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast and nowcast of cloud cover for the site.
    weather = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("Company website hosting", trust=tg.Trust.INTERNAL):
    # Public form where residents report flicker.
    complaint_form = tm.add(
        tg.Endpoint(
            "Flicker report form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation()},
        )
    )
    # Where the reports are kept for the operator to follow up.
    complaints = tm.add(tg.DataStore("Resident report store", stores={complaint}))

with tm.boundary("Wind farm site network", trust=tg.Trust.INTERNAL):
    # Runs every few minutes: sun position, inputs, model, stop/restart decisions.
    scheduler = tm.add(
        tg.Service(
            "Curtailment scheduler",
            controls={
                c.FailClosed(
                    fallback="weather API or light sensor missing: assume clear sky and "
                    "curtail on the astronomical worst case"
                )
            },
        )
    )
    # Predicts flicker minutes per house for the coming interval.
    model = tm.add(
        tg.Model(
            "Shadow flicker model",
            task=tg.Task.REGRESSOR,
            description="Geometric shadow model with a learned cloud-cover correction.",
        )
    )
    # Houses, their geometry and their permitted and used flicker hours.
    register = tm.add(tg.DataStore("Receptor register store", stores={receptors}))
    # The record of predictions and curtailment, evidence for the consent.
    log_store = tm.add(tg.DataStore("Flicker log store", stores={flicker_log}))
    # Builds the month's report and e-mails it to the planning authority.
    report_job = tm.add(tg.Service("Monthly report job"))
    # Web dashboard the control centre uses to watch and override curtailment.
    dashboard = tm.add(
        tg.Endpoint(
            "Curtailment dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

    with tm.boundary("Turbine OT network", trust=tg.Trust.RESTRICTED):
        # The wind farm SCADA: reads turbine state and passes commands on.
        scada = tm.add(tg.Service("Wind farm SCADA server"))
        # The turbine controllers that stop and restart the rotors.
        turbines = tm.add(
            tg.Device(
                "Turbine controllers",
                controls={
                    c.SafetyLimits(limits="turbine safety system governs stop and start sequences")
                },
            )
        )
        # On-site pyranometer measuring whether the sun is out.
        light_sensor = tm.add(tg.Device("Light sensor", fleet=False))

with tm.boundary("Remote control centre", trust=tg.Trust.INTERNAL):
    # The operator's staff who monitor the farm remotely.
    operator = tm.add(tg.Actor("Control centre operator", role="operator", privileged=True))

# ---------------------------------------------------------------- flows
# inputs
tm.flow(weather, scheduler, forecast, protocol="https")
tm.flow(light_sensor, scheduler, irradiance, protocol="modbus")
tm.flow(scada, scheduler, rotor_state, protocol="opc-ua")
tm.flow(register, scheduler, receptors)
tm.flow(scheduler, register, receptors, label="used hours")

# prediction
tm.flow(scheduler, model, model_inputs)
tm.flow(model, scheduler, prediction)

# actuation
tm.flow(scheduler, scada, commands, protocol="opc-ua")
tm.flow(scada, turbines, commands, protocol="modbus")
tm.flow(turbines, scada, rotor_state, protocol="modbus")
tm.flow(scheduler, log_store, flicker_log)

# monitoring and overrides
tm.flow(operator, dashboard, override, protocol="https")
tm.flow(dashboard, operator, status, flicker_log, complaint, protocol="https")
tm.flow(dashboard, scheduler, override)
tm.flow(scheduler, dashboard, status)
tm.flow(log_store, dashboard, flicker_log)

# reporting
tm.flow(log_store, report_job, flicker_log)
tm.flow(report_job, planning, monthly_report, protocol="smtp+starttls")

# resident reports
tm.flow(resident, complaint_form, complaint, protocol="https")
tm.flow(complaint_form, complaints, complaint)
tm.flow(complaints, dashboard, complaint, protocol="https")
