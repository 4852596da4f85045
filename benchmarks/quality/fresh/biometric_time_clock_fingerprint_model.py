"""Fingerprint time clocks: the first design, before any security review.

A manufacturer replaces badge clocks in its EU plants with fingerprint time
clocks. Workers put a finger on a terminal at the factory gate; the terminal sends
the image to a biometric matching service in the plant data centre, where a
licensed fingerprint matcher model compares it with the enrolled templates and
returns the best match and its score. Above the threshold the clock-in goes to the
time and attendance service, which keeps attendance records and sends hours worked
nightly to the external payroll provider, which sends back starters and leavers.
A worker not recognised types their employee number and PIN instead. HR enrols
workers at an enrolment station in the HR office; supervisors approve missed-punch
corrections. The matcher vendor ships model updates from its update server.
Controls: TLS and SFTP, images discarded after matching, encrypted templates in a
restricted segment, SSO with MFA, roles and audit logs in the attendance service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Biometric time clock fingerprint model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fingerprint identification at factory time clocks, feeding payroll.",
)

# ---------------------------------------------------------------- data assets
finger_image = tg.Data(
    "Fingerprint image",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Biometric data (special category): the raw capture from the sensor.",
)
enrol_images = tg.Data(
    "Enrolment fingerprint images",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Three captures of two fingers per worker, with the employee number.",
)
templates = tg.Data(
    "Fingerprint templates",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="embeddings",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Minutiae templates of every enrolled worker, keyed by employee number.",
)
pin = tg.Data("Employee number and PIN", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
pin_hashes = tg.Data("PIN hashes", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
match = tg.Data(
    "Match result",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Best-matching employee number and match score.",
)
confirmation = tg.Data("Clock-in confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
clock_event = tg.Data(
    "Clock event",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Employee number, terminal, time, in or out, and how identified.",
)
attendance = tg.Data(
    "Attendance records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
corrections = tg.Data("Timesheet corrections", sensitivity=tg.Sensitivity.PII, kind="records")
hours = tg.Data(
    "Hours worked export",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
employees = tg.Data("Employee master data", sensitivity=tg.Sensitivity.PII, kind="records")
matcher_artifact = tg.Data(
    "Matcher model package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Factory floor", trust=tg.Trust.INTERNAL):
    # Every production worker clocks in and out here, several thousand a day.
    worker = tm.add(tg.Actor("Factory worker", role="employee"))
    # Wall-mounted terminals at the gates: sensor, keypad and display.
    terminal = tm.add(
        tg.Device(
            "Fingerprint time clock terminal",
            fleet=True,
            description="About 40 terminals on the plant LAN; they hold no templates.",
        )
    )
    # Approves missed punches and corrections for their shift.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="supervisor"))

with tm.boundary("HR office", trust=tg.Trust.INTERNAL):
    # Enrols new starters and corrects timesheets.
    hr_admin = tm.add(tg.Actor("HR administrator", role="hr", privileged=True))
    # Desktop fingerprint reader and enrolment app, used with the HR administrator.
    enrol_station = tm.add(
        tg.Device("Enrolment station", fleet=False, description="One per plant.")
    )

with tm.boundary("Plant data centre", trust=tg.Trust.INTERNAL):
    # Receives captures, runs the matcher, applies the threshold, checks fallback PINs.
    matching = tm.add(
        tg.Service(
            "Biometric matching service",
            description="1:N identification against the plant's enrolled workers; "
            "employee number and PIN checked when no finger matches.",
            controls={c.DataMinimization(note="raw images are discarded after matching")},
        )
    )
    # The vendor's licensed matcher, run locally on the matching server.
    matcher = tm.add(
        tg.Model(
            "Fingerprint matcher model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Decides who clocked in, which sets pay and attendance records.",
        )
    )
    # Records clock events, applies shift rules, hosts the HR and supervisor web UI.
    attendance_svc = tm.add(
        tg.Service(
            "Time and attendance service",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # The plant's clock-in history, source of the payroll export.
    attendance_db = tm.add(tg.DataStore("Attendance database", stores={attendance}))

    with tm.boundary("Biometric segment", trust=tg.Trust.RESTRICTED):
        # Enrolled templates and fallback PIN hashes, kept apart from the rest.
        template_store = tm.add(
            tg.DataStore(
                "Fingerprint template store",
                stores={templates, pin_hashes},
                controls={c.EncryptionAtRest(key_management="keys on the matching server")},
            )
        )

with tm.boundary("Payroll provider", trust=tg.Trust.PARTNER):
    # Runs payroll for the company; pays from the hours we send.
    payroll = tm.add(
        tg.ExternalService(
            "Payroll provider",
            description="Payroll SaaS; also the HR master for starters and leavers.",
        )
    )

with tm.boundary("Matcher vendor", trust=tg.Trust.PARTNER):
    # Where new matcher versions come from.
    vendor_updates = tm.add(
        tg.ExternalService("Matcher vendor update server", provides=tg.ExternalCategory.MODEL_HUB)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(worker, terminal, finger_image, label="finger on sensor")
tm.flow(worker, terminal, pin, label="fallback keypad entry")
tm.flow(terminal, worker, confirmation, label="name and time on display")
tm.flow(terminal, matching, finger_image, pin, protocol="https", controls={tls})
tm.flow(matching, terminal, confirmation, protocol="https", controls={tls})

tm.flow(matching, matcher, finger_image, enrol_images)
tm.flow(template_store, matcher, templates, label="enrolled templates")
tm.flow(matcher, matching, match, templates)
tm.flow(matching, template_store, templates, label="enrolment")
tm.flow(template_store, matching, pin_hashes, label="fallback check")

tm.flow(worker, enrol_station, enrol_images, label="enrolment captures")
tm.flow(hr_admin, enrol_station, employees, label="links captures to employee number")
tm.flow(enrol_station, matching, enrol_images, employees, protocol="https", controls={tls})

tm.flow(matching, attendance_svc, clock_event, protocol="https", controls={tls})
tm.flow(attendance_svc, attendance_db, attendance)
tm.flow(attendance_db, attendance_svc, attendance)

tm.flow(hr_admin, attendance_svc, corrections, protocol="https", controls={tls})
tm.flow(attendance_svc, hr_admin, attendance, protocol="https", controls={tls})
tm.flow(supervisor, attendance_svc, corrections, protocol="https", label="approves", controls={tls})
tm.flow(attendance_svc, supervisor, attendance, protocol="https", controls={tls})

tm.flow(
    attendance_svc,
    payroll,
    hours,
    protocol="sftp",
    label="nightly",
    controls={c.EncryptionInTransit(protocol="SSH")},
)
tm.flow(
    payroll,
    attendance_svc,
    employees,
    protocol="sftp",
    label="starters and leavers",
    controls={c.EncryptionInTransit(protocol="SSH")},
)

tm.flow(vendor_updates, matching, matcher_artifact, protocol="https", label="model update")
tm.flow(matching, matcher, matcher_artifact, label="load")
