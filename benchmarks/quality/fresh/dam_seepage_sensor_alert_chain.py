"""Dam seepage sensor alert chain: the first design, before any security review.

The water company monitors seepage and pore pressure at 12 earth embankment dams.
Vibrating-wire piezometers and V-notch weir flow sensors are wired to a
solar-powered data logger at each dam, which sends readings every 15 minutes over
the cellular network (private APN SIMs) to a telemetry server in the company's
operational network. Readings are range-checked and kept in a time-series
historian; a trend model flags abnormal rises in pore pressure or seepage flow,
and the alarm service pages the on-call reservoir engineer by SMS, who must
acknowledge the page by reply; unacknowledged alarms escalate to the next engineer.
A monthly job builds dam-safety reports that the supervising engineer (an external
panel engineer) reads on the reporting portal, signing in with SSO and MFA. The
logger vendor supports the loggers remotely from its cloud portal, pushing
configuration and firmware and reading diagnostics over the same cellular link.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dam seepage sensor alert chain",
    profile=tg.RiskProfile.HIGH,
    description="Seepage and pore-pressure monitoring of 12 earth dams, with on-call alarms.",
)

# ---------------------------------------------------------------- data assets
sensor_signal = tg.Data(
    "Piezometer and weir flow signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
readings = tg.Data(
    "Seepage and pore pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Timestamped readings per instrument, with logger battery and signal status.",
)
trend_flags = tg.Data(
    "Abnormal trend flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alarm_page = tg.Data(
    "Alarm page",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dam, instrument, trend and a link to the portal, sent by SMS.",
)
acknowledgement = tg.Data(
    "Alarm acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
alarm_log = tg.Data(
    "Alarm and acknowledgement log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
monthly_report = tg.Data(
    "Monthly dam-safety report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
logger_config = tg.Data(
    "Logger configuration and firmware",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sampling intervals, scaling factors, reporting endpoint and firmware images.",
)
diagnostics = tg.Data("Logger diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Dam sites", trust=tg.Trust.UNTRUSTED, description="12 remote, unstaffed sites."):
    # The instruments in the embankments and at the seepage weirs.
    sensors = tm.add(
        tg.Device("Piezometers and weir flow sensors", description="Wired to the site logger.")
    )
    # One solar-powered logger per dam, sending over the cellular network.
    loggers = tm.add(
        tg.Device(
            "Solar data loggers",
            description="Vendor loggers with cellular modems on private APN SIMs.",
        )
    )

with tm.boundary("Operational network", trust=tg.Trust.INTERNAL):
    # Receives logger transmissions and checks them before storing.
    telemetry = tm.add(
        tg.Service(
            "Telemetry server",
            controls={c.SchemaEnforcement(note="range and rate-of-change checks per instrument")},
        )
    )
    # Time-series store of every reading, alarm and acknowledgement.
    historian = tm.add(
        tg.DataStore(
            "Telemetry historian",
            stores={readings, alarm_log},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Flags abnormal trends in pore pressure and seepage flow.
    trend_model = tm.add(
        tg.Model(
            "Seepage trend anomaly model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Per-instrument baselines from reservoir level and rainfall; flags departures.",
        )
    )
    # Turns flags into pages and escalates when no one acknowledges.
    alarm_service = tm.add(
        tg.Service(
            "Alarm service",
            description="Pages the on-call engineer; escalates after 30 minutes unacknowledged.",
            controls={c.AuditLogging(retention_days=3650)},
        )
    )
    # Builds the monthly dam-safety reports from the historian.
    report_job = tm.add(tg.Service("Monthly report job"))
    # Where engineers look at trends and reports.
    portal = tm.add(
        tg.Endpoint(
            "Dam safety reporting portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # Bulk SMS provider that delivers pages and receives replies.
    sms_gateway = tm.add(tg.ExternalService("SMS paging gateway"))

with tm.boundary("Engineers on the move", trust=tg.Trust.UNTRUSTED):
    # The reservoir engineer on call, who must acknowledge each page.
    on_call = tm.add(tg.Actor("On-call reservoir engineer", role="reservoir engineer"))
    # The panel engineer who reviews the monthly reports (an external consultant).
    supervising = tm.add(tg.Actor("Supervising engineer", role="supervising engineer"))

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's portal for remote configuration, firmware and diagnostics.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Logger vendor cloud portal",
            description="Vendor remote support for the loggers.",
        )
    )
    # The vendor's support staff who work on our loggers.
    vendor_support = tm.add(
        tg.Actor("Logger vendor support engineer", role="vendor support", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, loggers, sensor_signal, label="wired 4-20 mA / vibrating wire")
tm.flow(loggers, telemetry, readings, protocol="mqtt", label="cellular, private APN")
tm.flow(telemetry, historian, readings)
tm.flow(historian, trend_model, readings)
tm.flow(trend_model, alarm_service, trend_flags)
tm.flow(alarm_service, sms_gateway, alarm_page, protocol="https")
tm.flow(sms_gateway, on_call, alarm_page, protocol="sms")
tm.flow(on_call, sms_gateway, acknowledgement, protocol="sms")
tm.flow(sms_gateway, alarm_service, acknowledgement, protocol="https", label="reply webhook")
tm.flow(alarm_service, historian, alarm_log)

tm.flow(historian, portal, readings, alarm_log)
tm.flow(portal, on_call, readings, protocol="https", label="trend plots")
tm.flow(historian, report_job, readings, alarm_log)
tm.flow(report_job, portal, monthly_report)
tm.flow(portal, supervising, monthly_report, protocol="https")

tm.flow(vendor_support, vendor_portal, logger_config, protocol="https")
tm.flow(vendor_portal, loggers, logger_config, label="remote configuration over cellular")
tm.flow(loggers, vendor_portal, diagnostics, label="diagnostics over cellular")
tm.flow(vendor_portal, vendor_support, diagnostics, protocol="https")
