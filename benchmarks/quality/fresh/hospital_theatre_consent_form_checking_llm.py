"""Theatre consent-form checker: the first design, before any security review.

Pre-operative nurses scan each signed paper consent form on the ward multifunction
scanner, which files the PDF into a consent scan share. When the next day's theatre
lists are published, and again as late forms arrive, a consent check service pairs
each form with its theatre-list entry (from the theatre management system) and the
patient's demographics (from the EPR feed), runs the scan through the trust's OCR
service and asks a hosted LLM (Azure OpenAI in the trust's UK tenant) whether the
form is signed by patient and clinician, names the listed procedure and states the
same side and site. Discrepancies are stored as flags and shown on a web dashboard
to theatre coordinators, who check the flag against the scanned form and chase the
surgical team before the patient is sent for. Coordinators sign in through the
trust's Entra ID single sign-on; the dashboard is role-restricted and audited; a
DPIA covers the processing and the LLM service passed the trust's supplier review.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Theatre consent-form checker",
    profile="high",
    frameworks={"gdpr"},
    description="An LLM checks scanned surgical consent forms against the theatre list "
    "and flags missing signatures and wrong procedure or side to theatre coordinators.",
)

# ---------------------------------------------------------------- data assets
paper_form = tg.Data(
    "Signed paper consent form",
    sensitivity="regulated",
    kind="documents",
    description="NHS consent form 1: procedure, side and site, risks, patient and clinician signatures.",
)
scanned_form = tg.Data(
    "Scanned consent form",
    sensitivity="regulated",
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ocr_text = tg.Data("Consent form OCR text", sensitivity="regulated", kind="documents")
theatre_list = tg.Data(
    "Theatre list",
    sensitivity="regulated",
    kind="records",
    description="Session, patient, planned procedure, laterality and surgeon for each case.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
demographics = tg.Data(
    "Patient demographics",
    sensitivity="regulated",
    kind="records",
    description="Name, hospital number, NHS number and date of birth from the ADT feed.",
)
check_prompt = tg.Data(
    "Consent check prompt",
    sensitivity="regulated",
    kind="prompt",
    description="Checking instructions, the OCR text and the matching theatre-list entry.",
)
check_result = tg.Data("LLM consent check result", sensitivity="regulated", kind="model-output")
flags = tg.Data(
    "Consent discrepancy flags",
    sensitivity="regulated",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
resolution = tg.Data("Flag resolution notes", sensitivity="regulated", kind="records")
llm_log = tg.Data("LLM request and response log", sensitivity="regulated", kind="logs")
sign_in = tg.Data("Coordinator SSO token", sensitivity="secret", kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Trust clinical network", trust="internal"):
    # Scans the signed form on the ward before the patient goes to theatre.
    nurse = tm.add(tg.Actor("Pre-operative nurse", role="ward nurse"))
    # The ward MFP that turns the paper form into a PDF in the scan share.
    scanner = tm.add(tg.Device("Ward multifunction scanner", fleet=True))
    # Works the flags the checker raises and chases the surgical team.
    coordinator = tm.add(tg.Actor("Theatre coordinator", role="theatre coordinator"))
    # Where coordinators see flags next to the scanned form and record the outcome.
    dashboard = tm.add(
        tg.Service(
            "Consent flag dashboard",
            description="Internal web app listing open flags per theatre session.",
            controls={
                tg.controls.Authentication(method="Entra ID single sign-on"),
                tg.controls.RBAC(note="theatre coordinator role only"),
                tg.controls.AuditLogging(),
                tg.controls.HumanInTheLoop(
                    approver="theatre coordinator",
                    note="each flag is checked against the scanned form before the team is contacted",
                ),
            },
        )
    )

    with tm.boundary("Clinical systems zone", trust="restricted"):
        # Scan-to-folder target the ward scanners write to.
        scan_share = tm.add(
            tg.DataStore(
                "Consent scan share",
                stores={scanned_form},
                controls={
                    tg.controls.RBAC(note="NTFS permissions: scanner service account and checker")
                },
            )
        )
        # Existing system of record for theatre sessions and case order.
        tms = tm.add(tg.DataStore("Theatre management system", stores={theatre_list}))
        # Existing EPR; only its ADT demographics feed is used here.
        epr = tm.add(tg.DataStore("Electronic patient record", stores={demographics}))
        # The trust's existing OCR engine, used for all scanned clinical documents.
        ocr = tm.add(tg.Service("Document OCR service"))
        # Pairs forms with list entries, builds the prompt, calls the LLM, writes flags.
        checker = tm.add(
            tg.Service(
                "Consent check service",
                description="Runs when lists are published and on each new scan.",
                controls={
                    tg.controls.ImpactAssessment(
                        basis="UK GDPR Art. 6(1)(e) and Art. 9(2)(h), trust DPIA"
                    ),
                },
            )
        )
        # Flags and their resolution, read by the dashboard.
        flag_db = tm.add(tg.DataStore("Consent flag database", stores={flags, resolution}))
        # Every prompt and answer kept for clinical safety investigation.
        log_store = tm.add(tg.DataStore("LLM call log", stores={llm_log}))

with tm.boundary("Trust Microsoft cloud tenant", trust="partner"):
    # Hosted model that reads the OCR text and compares it to the list entry.
    llm = tm.add(
        tg.LLM(
            "Consent checking LLM",
            origin="third-party-api",
            high_stakes=True,
            description="Azure OpenAI GPT-4o deployment, UK South.",
            controls={tg.controls.SupplierAssessment(note="DTAC and DSPT review")},
        )
    )
    # The trust's identity provider for staff sign-in.
    idp = tm.add(tg.ExternalService("Entra ID", provides="identity-provider"))

# ---------------------------------------------------------------- flows
tm.flow(nurse, scanner, paper_form, label="paper form fed by hand")
tm.flow(scanner, scan_share, scanned_form, protocol="smb")
tm.flow(scan_share, checker, scanned_form, protocol="smb")
tm.flow(checker, ocr, scanned_form, protocol="https")
tm.flow(ocr, checker, ocr_text, protocol="https")
tm.flow(tms, checker, theatre_list, protocol="HL7 FHIR over HTTPS", label="published lists")
tm.flow(epr, checker, demographics, protocol="mllp", label="ADT feed")
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, check_result, protocol="https")
tm.flow(checker, log_store, llm_log)
tm.flow(checker, flag_db, flags)
tm.flow(flag_db, dashboard, flags, resolution)
tm.flow(dashboard, flag_db, resolution)
tm.flow(scan_share, dashboard, scanned_form, protocol="smb")
tm.flow(dashboard, coordinator, flags, scanned_form, protocol="https")
tm.flow(coordinator, dashboard, resolution, protocol="https")
tm.flow(coordinator, idp, sign_in, protocol="oidc", label="sign-in")
tm.flow(idp, dashboard, sign_in, protocol="oidc")
