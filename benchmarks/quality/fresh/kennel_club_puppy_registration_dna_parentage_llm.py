"""Kennel club puppy registration with DNA parentage and an LLM: the first design.

A national kennel club registers litters of pedigree puppies in its stud book.
Breeders apply through an online portal (e-mail and password sign-in), listing
the dam, sire and puppies with microchip numbers and uploading the stud dog
owner's mating certificate and breed health test certificates; the stud dog owner
confirms the mating in the same portal. A registration service sends the uploads
to a hosted LLM that extracts the certificate fields and notes inconsistencies,
and orders DNA swab kits from a partner laboratory, which returns SNP genotypes
by SFTP. An in-house parentage model scores each puppy against its stated sire and
dam from the stud book. Litters whose parentage is verified and that the LLM does
not flag are registered automatically; the rest go to a registration officer in a
workbench signed in with SSO and MFA. Certificates are e-mailed to breeders. The
parentage model is recalibrated from verified trios and validated before release.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Kennel club puppy registration with DNA parentage and LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online litter registration: LLM extraction of breeders' certificates, "
        "DNA parentage scoring against the stud book, officer review of exceptions."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Litter application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Breeder name and address, dam, stated sire, puppies and microchip numbers.",
)
certificates = tg.Data(
    "Mating and health test certificates",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDFs and phone photos of signed certificates uploaded by the breeder.",
)
stud_confirmation = tg.Data(
    "Stud owner mating confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
extraction_prompt = tg.Data(
    "Certificate extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application fields and the uploaded certificates.",
)
extracted = tg.Data(
    "Extracted certificate fields and consistency notes",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
dna_order = tg.Data(
    "DNA test order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dog IDs, microchip numbers and the breeder's address for the swab kits.",
)
genotypes = tg.Data(
    "SNP genotype results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
trio = tg.Data("Trio genotype profiles", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
parentage = tg.Data(
    "Parentage verification result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Likelihood ratio and verified / excluded / inconclusive for sire and dam.",
)
pedigree = tg.Data(
    "Stud book pedigree records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered dogs, their parents, owners and breeders.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case = tg.Data("Registration case file", kind="records", sensitivity=tg.Sensitivity.PII)
officer_decision = tg.Data(
    "Officer registration decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
certificate_out = tg.Data(
    "Registration certificate", kind="documents", sensitivity=tg.Sensitivity.PII
)
reference_panel = tg.Data(
    "Reference genotype panel",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Genotypes of trios whose parentage is already verified.",
)
model_params = tg.Data(
    "Parentage model parameters", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Breeders register litters; some are puppy farms with a reason to lie about parents.
    breeder = tm.add(tg.Actor("Breeder", role="breeder"))
    # Owner of the sire, who has to confirm the mating took place.
    stud_owner = tm.add(tg.Actor("Stud dog owner", role="stud owner"))

with tm.boundary("Kennel club cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where breeders and stud owners apply and follow status.
    portal = tm.add(
        tg.Endpoint(
            "Breeder portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Orchestrates each application: extraction, DNA order, parentage, decision.
    registration = tm.add(
        tg.Service(
            "Registration service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="registration officer",
                    note=(
                        "only litters not verified by the parentage model or flagged by "
                        "the LLM wait for an officer; the rest register automatically"
                    ),
                )
            },
        )
    )
    # Keeps the breeders' uploaded certificates with the application.
    uploads = tm.add(
        tg.DataStore(
            "Application document store",
            stores={certificates},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Picks up the laboratory's result files and loads them into the stud book.
    import_job = tm.add(
        tg.Service(
            "Genotype import job",
            controls={tg.controls.SchemaEnforcement(note="lab file format and sample IDs")},
        )
    )
    # Where officers work through the exceptions.
    workbench = tm.add(
        tg.Endpoint(
            "Registration officer workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Entra ID SSO with MFA"),
                tg.controls.AuditLogging(),
            },
        )
    )

    with tm.boundary("Registry data", trust=tg.Trust.RESTRICTED):
        # The stud book: the club's system of record for pedigrees and DNA profiles.
        stud_book = tm.add(
            tg.DataStore(
                "Stud book database",
                stores={pedigree, genotypes},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud provider KMS"),
                    tg.controls.RBAC(),
                    tg.controls.DataVersioning(note="nightly backups with point-in-time restore"),
                },
            )
        )
        # Likelihood-based parentage model over SNP genotypes.
        parentage_model = tm.add(
            tg.Model(
                "Parentage assignment model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Scores a puppy against its stated sire and dam; decides registration.",
                controls={tg.controls.ModelValidation(note="ISAG comparison test panel")},
            )
        )
        # Verified trios exported from the stud book for recalibration.
        panel = tm.add(tg.Dataset("Reference genotype panel", stores={reference_panel}))
        # Recalibrates allele frequencies and thresholds twice a year.
        calibration = tm.add(tg.Pipeline("Parentage model calibration", stage=tg.Stage.TRAINING))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Staff who review exceptions and decide on registration.
    officer = tm.add(tg.Actor("Registration officer", role="registration staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the certificates.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="DPA with no retention of prompts")},
        )
    )

with tm.boundary("DNA laboratory", trust=tg.Trust.PARTNER):
    # Accredited canine genetics lab that posts swab kits and genotypes samples.
    lab = tm.add(tg.ExternalService("Canine DNA laboratory", provides="data-provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for certificates and status mails.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(breeder, portal, application, certificates, protocol="https")
tm.flow(stud_owner, portal, stud_confirmation, protocol="https")
tm.flow(portal, registration, application, certificates, stud_confirmation)
tm.flow(registration, portal, status)
tm.flow(portal, breeder, status, protocol="https")

tm.flow(registration, uploads, certificates)
tm.flow(uploads, registration, certificates)
tm.flow(registration, llm, extraction_prompt, protocol="https")
tm.flow(llm, registration, extracted, protocol="https")

tm.flow(registration, lab, dna_order, protocol="https")
tm.flow(lab, import_job, genotypes, protocol="sftp", label="result files")
tm.flow(import_job, stud_book, genotypes)

tm.flow(stud_book, registration, pedigree, genotypes, label="sire and dam lookup")
tm.flow(registration, parentage_model, trio)
tm.flow(parentage_model, registration, parentage)

tm.flow(registration, workbench, case)
tm.flow(workbench, officer, case, protocol="https")
tm.flow(officer, workbench, officer_decision, protocol="https")
tm.flow(workbench, registration, officer_decision)

tm.flow(registration, stud_book, pedigree, label="new registrations")
tm.flow(registration, mailer, certificate_out, protocol="https")
tm.flow(mailer, breeder, certificate_out, protocol="smtp+starttls")

tm.flow(stud_book, panel, reference_panel, label="twice-yearly export of verified trios")
tm.flow(panel, calibration, reference_panel)
tm.flow(calibration, parentage_model, model_params, label="deploy")
