"""Makerspace 3D print job screening: the first design, before any security review.

The city library's makerspace lets card-holding members submit 3D print jobs from
home. Members sign in to a web portal with their library card number and PIN
(checked against the library's hosted ILS over SIP2), upload an STL or 3MF file
and say what the object is for. A screening service in the library's cloud tenant
runs a geometry check (mesh measurements and a comparison against a reference
library of known firearm and weapon part shapes, with rendered preview images),
then sends the stated purpose, the geometry summary and the previews to a hosted
multimodal LLM that returns a verdict and its reasons. Every job, whatever the
verdict, lands in a staff queue: makerspace staff sign in with library SSO, look
at the previews and the verdict, and release the job to the makerspace print
server, which slices it and drives the printers on the makerspace LAN. Members
are e-mailed when their job is released or refused. The portal checks file type
and size; verdicts and release decisions are kept in an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Makerspace 3D print job screening",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Public library makerspace: member-uploaded 3D print files are screened by a "
        "geometry check and an LLM for weapons or prohibited items before staff release them."
    ),
)

# ---------------------------------------------------------------- data assets
card_pin = tg.Data(
    "Library card number and PIN",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
)
member_status = tg.Data("Member standing", sensitivity=tg.Sensitivity.PII, kind="records")
job_request = tg.Data(
    "Print job request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Member name, card number, e-mail, material, and the stated purpose in free text.",
)
model_file = tg.Data(
    "3D model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="STL or 3MF mesh uploaded by the member.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
job_status = tg.Data("Job status", sensitivity=tg.Sensitivity.PII, kind="records")
reference_shapes = tg.Data(
    "Prohibited part reference shapes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
geometry_report = tg.Data(
    "Geometry report",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Dimensions, bores, wall thickness and closest reference matches.",
)
previews = tg.Data("Rendered preview images", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
screening_prompt = tg.Data(
    "Screening prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Screening instructions, the member's stated purpose, file name and geometry summary.",
)
verdict = tg.Data(
    "LLM screening verdict",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
screening_record = tg.Data(
    "Screening record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The job, the geometry report, the LLM verdict and its reasons.",
)
release_decision = tg.Data("Release decision", sensitivity=tg.Sensitivity.PII, kind="records")
released_job = tg.Data("Released print job", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
gcode = tg.Data("G-code", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
printer_status = tg.Data("Printer status", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
notification = tg.Data("Job notification e-mail", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any card holder can submit jobs, from home or a library PC.
    member = tm.add(tg.Actor("Library member", role="makerspace member"))

with tm.boundary("ILS vendor", trust=tg.Trust.PARTNER):
    # The hosted integrated library system is the record of who is a member in good standing.
    ils = tm.add(
        tg.ExternalService(
            "Hosted ILS",
            provides="identity-provider",
            description="Answers SIP2 patron status requests for card number and PIN.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Tells members whether their job was released or refused.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Judges the stated purpose and the previews against the makerspace's prohibited-items policy.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted multimodal chat model, called with a fixed screening prompt.",
        )
    )

with tm.boundary("Library cloud tenant", trust=tg.Trust.INTERNAL):
    # Where members sign in and submit jobs.
    portal = tm.add(
        tg.Endpoint(
            "Member print portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="library card number and PIN"),
                c.InputValidation(note="STL and 3MF only, 50 MB maximum"),
            },
        )
    )
    # Holds uploaded files and job requests until they are printed or refused.
    job_store = tm.add(
        tg.DataStore(
            "Print job store",
            stores={model_file, job_request, job_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs each new job through the geometry check and the LLM and queues the result.
    orchestrator = tm.add(
        tg.Service(
            "Screening orchestrator",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Parses the mesh, measures it and compares it with known prohibited parts.
    geometry = tm.add(
        tg.Service(
            "Geometry check",
            description="Open-source mesh library plus our matching code; renders previews.",
        )
    )
    # Reference meshes of firearm components and other prohibited items.
    reference_db = tm.add(
        tg.DataStore("Prohibited part reference library", stores={reference_shapes})
    )
    # Record of verdicts and staff decisions, for disputes and policy review.
    decision_log = tm.add(
        tg.DataStore(
            "Screening decision log",
            stores={screening_record, release_decision},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Makerspace staff decide what gets printed.
    staff = tm.add(tg.Actor("Makerspace staff", role="makerspace staff"))
    # The queue where staff see each job, its previews and the LLM verdict.
    console = tm.add(
        tg.Endpoint(
            "Staff review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="library staff SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="makerspace staff member on duty"),
            },
        )
    )

with tm.boundary("Makerspace LAN", trust=tg.Trust.INTERNAL):
    # Slices released jobs and queues them on the printers.
    print_server = tm.add(tg.Service("Makerspace print server"))
    # The FDM and resin printers in the makerspace.
    printers = tm.add(tg.Device("3D printers", fleet=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(member, portal, card_pin, job_request, model_file, protocol="https", controls={tls})
tm.flow(portal, member, job_status, protocol="https", controls={tls})
tm.flow(portal, ils, card_pin, protocol="sip2", label="patron status request")
tm.flow(ils, portal, member_status, protocol="sip2")
tm.flow(portal, job_store, model_file, job_request)
tm.flow(job_store, portal, job_status)

tm.flow(job_store, orchestrator, model_file, job_request, label="new job")
tm.flow(orchestrator, geometry, model_file)
tm.flow(reference_db, geometry, reference_shapes)
tm.flow(geometry, orchestrator, geometry_report, previews)
tm.flow(orchestrator, llm, screening_prompt, previews, protocol="https")
tm.flow(llm, orchestrator, verdict, protocol="https")
tm.flow(orchestrator, decision_log, screening_record)
tm.flow(orchestrator, console, screening_record, previews, label="review queue")

tm.flow(console, staff, screening_record, previews, protocol="https")
tm.flow(staff, console, release_decision, protocol="https")
tm.flow(console, decision_log, release_decision)
tm.flow(console, job_store, job_status)
tm.flow(job_store, console, model_file, label="file for released job")
tm.flow(console, print_server, released_job, protocol="https")
tm.flow(print_server, printers, gcode, protocol="http")
tm.flow(printers, print_server, printer_status, protocol="http")

tm.flow(console, mailer, notification, protocol="https")
tm.flow(mailer, member, notification, protocol="smtp")
