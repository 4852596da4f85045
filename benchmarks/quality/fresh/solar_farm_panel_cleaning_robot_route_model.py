"""Solar farm panel-cleaning robot routes: the first design, before any security review.

The operator runs waterless cleaning robots that drive along the panel rows at night.
An edge gateway on site collects the soiling sensors' readings and the inverter output
from the plant SCADA and sends them to our planning platform in the cloud, which also
pulls the weather forecast (rain cleans panels for free, wind stops robots). A soiling
loss model estimates the energy lost per row, and a nightly planner picks the rows worth
cleaning and sends the missions to the robot vendor's cloud, which dispatches them to
the robots over LTE and reports back. An O&M engineer can review and override the plan
on a dashboard behind company SSO. Site technicians can stop robots from the vendor's
handheld app; the vendor pushes firmware updates to the robots from its cloud. The
robots have onboard obstacle sensors and park when they lose their link; the vendor
was assessed at procurement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Solar farm panel-cleaning robot route planning",
    profile=tg.RiskProfile.HIGH,
    description="Nightly cleaning missions for panel robots, planned from soiling, "
    "inverter output and weather, dispatched through the robot vendor's cloud.",
)

# ---------------------------------------------------------------- data assets
soiling = tg.Data("Soiling sensor readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
inverter = tg.Data("Inverter output readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
forecast = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
site_telemetry = tg.Data(
    "Site telemetry history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Soiling, inverter output, forecasts and past cleaning runs per row.",
)
loss_estimates = tg.Data(
    "Row soiling loss estimates", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
missions = tg.Data(
    "Cleaning missions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which robot cleans which rows, in which direction, in which time window.",
)
plan_overrides = tg.Data("Plan overrides", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
robot_telemetry = tg.Data(
    "Robot telemetry",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Position, battery, brush current, faults.",
)
mission_status = tg.Data(
    "Mission status reports", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
stop_command = tg.Data(
    "Robot stop command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
firmware = tg.Data(
    "Robot firmware image",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="code",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast API: rain and wind for the site decide whether cleaning pays.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Solar site", trust=tg.Trust.INTERNAL):
    # Reference panels with soiling sensors along the rows.
    sensors = tm.add(tg.Device("Soiling sensors", fleet=True))
    # The plant SCADA already records per-string inverter output.
    scada = tm.add(
        tg.DataSource("Plant SCADA historian", origin=tg.Origin.INTERNAL, provides={inverter})
    )
    # Small box in the substation that forwards site data to the cloud.
    gateway = tm.add(tg.Service("Site edge gateway"))
    # The vendor's cleaning robots, one per block of rows.
    robots = tm.add(
        tg.Device(
            "Cleaning robots",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="onboard obstacle and row-end sensors; robot parks when the LTE link drops"
                )
            },
        )
    )
    # Technicians on site at night; they stop robots when working near a row.
    technician = tm.add(tg.Actor("Site technician", role="technician"))
    # The vendor's app on the technicians' rugged handhelds.
    handheld = tm.add(tg.Device("Technician handheld app", fleet=True))

with tm.boundary("Planning platform", trust=tg.Trust.INTERNAL):
    # Receives gateway uploads and forecast pulls and writes them to the history.
    ingestion = tm.add(tg.Pipeline("Telemetry ingestion", stage=tg.Stage.INGESTION))
    # Time series per row, kept for planning and for retraining the loss model.
    history = tm.add(tg.DataStore("Site telemetry store", stores={site_telemetry}))
    # Estimates lost energy per row from soiling, output and forecast.
    loss_model = tm.add(
        tg.Model("Soiling loss model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Picks rows whose expected gain beats the cleaning cost, builds missions.
    planner = tm.add(
        tg.Service(
            "Nightly mission planner",
            description="Optimiser over the loss estimates; no language model.",
        )
    )
    # Shows tonight's plan; the O&M engineer can drop or add rows before dispatch.
    dashboard = tm.add(
        tg.Service(
            "Operations dashboard",
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asset manager's O&M engineer who owns the cleaning budget.
    engineer = tm.add(tg.Actor("O&M engineer", role="operations engineer"))

with tm.boundary("Robot vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's fleet service: takes missions, drives robots, serves the app.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Robot fleet cloud",
            controls={c.SupplierAssessment(note="security questionnaire at procurement")},
        )
    )
    # Vendor staff who release firmware to the fleet.
    vendor_engineer = tm.add(
        tg.Actor("Vendor firmware engineer", role="vendor engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, soiling, protocol="modbus")
tm.flow(scada, gateway, inverter, protocol="opc-ua")
tm.flow(gateway, ingestion, soiling, inverter, protocol="mqtts")
tm.flow(weather, ingestion, forecast, protocol="https", label="hourly pull")
tm.flow(ingestion, history, site_telemetry)

tm.flow(history, loss_model, site_telemetry)
tm.flow(loss_model, planner, loss_estimates)
tm.flow(history, planner, site_telemetry, label="forecast and cleaning history")
tm.flow(planner, dashboard, missions, label="tonight's plan")
tm.flow(dashboard, engineer, missions, protocol="https")
tm.flow(engineer, dashboard, plan_overrides, protocol="https")
tm.flow(dashboard, planner, plan_overrides)

tm.flow(
    planner,
    vendor_cloud,
    missions,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)
tm.flow(vendor_cloud, planner, mission_status, protocol="https", label="polled after each run")
tm.flow(planner, history, mission_status)
tm.flow(vendor_cloud, robots, missions, protocol="mqtts", label="mission dispatch over LTE")
tm.flow(robots, vendor_cloud, robot_telemetry, protocol="mqtts", label="status over LTE")

tm.flow(technician, handheld, stop_command, label="stop button on the app")
tm.flow(
    handheld,
    vendor_cloud,
    stop_command,
    protocol="https",
    controls={c.Authentication(method="vendor app username and password")},
)
tm.flow(vendor_cloud, handheld, robot_telemetry, protocol="https")
tm.flow(vendor_cloud, robots, stop_command, protocol="mqtts", label="stop relayed over LTE")

tm.flow(vendor_engineer, vendor_cloud, firmware, protocol="https", label="release")
tm.flow(vendor_cloud, robots, firmware, protocol="https", label="over-the-air update")
