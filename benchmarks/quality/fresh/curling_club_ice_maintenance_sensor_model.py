"""Curling club ice maintenance model: the first design, before any security review.

Our curling club's four sheets get probes for ice surface temperature, humidity
sensors over the sheets and a pebble profile sensor on the scraper cart. A sensor
gateway in the plant room polls them and the brine chiller's controller and writes
the readings to a small ice management server in the club office. There a model
predicts ice condition; a scheduler turns that into a maintenance plan (scrape,
pebble, flood) and adjusts the brine setpoint itself inside the normal band. A
change outside the band waits for the ice technician, who approves or rejects it
on a tablet over the staff Wi-Fi. The chiller vendor monitors the plant remotely
through its own cellular router, over an IPsec tunnel, and can change chiller
settings. Controls: the scheduler's band and the chiller's own hard cutouts, the
technician's approval and PIN sign-in, and the vendor tunnel; nothing else yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Curling club ice maintenance model",
    profile=tg.RiskProfile.HIGH,
    description="Sensor-driven ice maintenance planning and brine chiller setpoint "
    "adjustment, with technician approval outside the normal band.",
)

# ---------------------------------------------------------------- data assets
surface_temp = tg.Data(
    "Ice surface temperature readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
humidity = tg.Data("Humidity readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pebble = tg.Data(
    "Pebble quality measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pebble height and density profile per sheet from the scraper cart sensor.",
)
chiller_status = tg.Data(
    "Chiller status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brine supply and return temperature, compressor state, alarms.",
)
ice_history = tg.Data(
    "Ice condition history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
recommendation = tg.Data(
    "Ice condition forecast and setpoint recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
setpoint_command = tg.Data(
    "Brine setpoint command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
schedule = tg.Data("Ice maintenance schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pending_change = tg.Data(
    "Out-of-band setpoint change request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data(
    "Setpoint change approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
maintenance_log = tg.Data(
    "Maintenance work log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the technician did and when: scrape, pebble, flood, edging.",
)
tech_sign_in = tg.Data("Technician PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
vendor_settings = tg.Data(
    "Chiller configuration changes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant room network", trust=tg.Trust.INTERNAL):
    # Embedded probes in each sheet: the main input for ice condition.
    temp_probes = tm.add(tg.Device("Ice surface temperature probes", fleet=True))
    # Hanging sensors over the sheets: frost and fog risk.
    humidity_sensors = tm.add(tg.Device("Arena humidity sensors", fleet=True))
    # Laser sensor on the scraper cart that profiles the pebble after each pass.
    pebble_sensor = tm.add(tg.Device("Pebble profile sensor", fleet=False))
    # Polls the sensors and the chiller over Modbus and forwards the readings.
    sensor_gateway = tm.add(
        tg.Service("Sensor gateway", description="Industrial PC polling Modbus devices.")
    )
    # The vendor's controller on the brine chiller; runs compressors to the setpoint.
    chiller = tm.add(
        tg.Device(
            "Brine chiller controller",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="vendor firmware: low brine temperature cutout at -12 C and "
                    "compressor anti-short-cycle timers"
                )
            },
        )
    )
    # The vendor's cellular router, wired to the chiller controller.
    vendor_router = tm.add(
        tg.Service(
            "Vendor remote access router",
            description="4G router the chiller vendor installed for remote monitoring.",
        )
    )

with tm.boundary("Club office server", trust=tg.Trust.INTERNAL):
    # Readings, forecasts, schedules and every setpoint change.
    ice_db = tm.add(
        tg.DataStore(
            "Ice management database",
            stores={
                surface_temp,
                humidity,
                pebble,
                chiller_status,
                ice_history,
                schedule,
                setpoint_command,
                maintenance_log,
            },
        )
    )
    # Predicts ice condition a few hours ahead and recommends a brine setpoint.
    ice_model = tm.add(
        tg.Model(
            "Ice condition model",
            task=tg.Task.REGRESSOR,
            description="Trained once by a contractor on two seasons of club data.",
        )
    )
    # Plans maintenance and applies setpoints inside the normal band on its own.
    scheduler = tm.add(
        tg.Service(
            "Maintenance and setpoint scheduler",
            controls={
                c.SafetyLimits(
                    limits="applies setpoints only within -8.5 to -5.5 C brine and at most "
                    "0.5 C per hour; anything else goes to the technician"
                ),
                c.HumanInTheLoop(
                    approver="ice technician",
                    above="setpoints outside the -8.5 to -5.5 C normal band",
                ),
            },
        )
    )
    # Web app the technician's tablet opens: schedule, ice state, pending approvals.
    approval_app = tm.add(
        tg.Endpoint(
            "Technician web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and 4-digit PIN")},
        )
    )

with tm.boundary("Staff Wi-Fi", trust=tg.Trust.INTERNAL):
    # Person who runs the ice; approves out-of-band changes and logs work done.
    technician = tm.add(tg.Actor("Ice technician", role="ice technician"))
    # Club-owned tablet kept in the ice room.
    tablet = tm.add(tg.Device("Technician tablet", fleet=False))

with tm.boundary("Chiller vendor", trust=tg.Trust.PARTNER):
    # Vendor's monitoring platform: alarms, trends and remote settings.
    vendor_service = tm.add(tg.ExternalService("Vendor remote monitoring service"))
    # Vendor's service engineer who watches alarms and tunes the plant.
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="service engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Readings in
tm.flow(temp_probes, sensor_gateway, surface_temp, protocol="modbus-rtu")
tm.flow(humidity_sensors, sensor_gateway, humidity, protocol="modbus-rtu")
tm.flow(pebble_sensor, sensor_gateway, pebble, protocol="modbus-tcp")
tm.flow(chiller, sensor_gateway, chiller_status, protocol="modbus-tcp")
tm.flow(
    sensor_gateway, ice_db, surface_temp, humidity, pebble, chiller_status, protocol="postgresql"
)

# Forecast and scheduling
tm.flow(ice_db, scheduler, ice_history, maintenance_log)
tm.flow(scheduler, ice_model, ice_history)
tm.flow(ice_model, scheduler, recommendation)
tm.flow(scheduler, ice_db, schedule, setpoint_command, label="plan and setpoint log")
tm.flow(scheduler, chiller, setpoint_command, protocol="modbus-tcp")

# Technician approval
tm.flow(scheduler, approval_app, pending_change, schedule)
tm.flow(approval_app, scheduler, approval, label="approve or reject")
tm.flow(approval_app, tablet, pending_change, schedule, ice_history, protocol="http")
tm.flow(tablet, approval_app, tech_sign_in, approval, maintenance_log, protocol="http")
tm.flow(approval_app, ice_db, maintenance_log)
tm.flow(tablet, technician, pending_change, schedule, label="shown on screen")
tm.flow(technician, tablet, tech_sign_in, approval, maintenance_log)

# Vendor remote monitoring
tm.flow(chiller, vendor_router, chiller_status, protocol="modbus-tcp")
tm.flow(vendor_router, chiller, vendor_settings, protocol="modbus-tcp")
tm.flow(
    vendor_router,
    vendor_service,
    chiller_status,
    protocol="ipsec",
    controls={c.EncryptionInTransit(protocol="IPsec VPN")},
)
tm.flow(
    vendor_service,
    vendor_router,
    vendor_settings,
    protocol="ipsec",
    controls={c.EncryptionInTransit(protocol="IPsec VPN")},
)
tm.flow(vendor_service, vendor_engineer, chiller_status, protocol="https")
tm.flow(vendor_engineer, vendor_service, vendor_settings, protocol="https")
