"""Proteomics core facility peptide identification: the first design, before any security review.

A university proteomics core facility (in Germany) runs mass spectrometry for
researchers of the university and for external academic and industry customers.
Customers register samples and download results through a web LIMS portal; staff
sign in with university SSO, external customers with e-mail and password.
Technicians run the samples on the instruments; raw spectra are copied from the
instrument workstation to a file share on the facility network. A search workflow
on the university HPC cluster identifies peptides from the spectra against protein
sequence databases downloaded from public repositories, rescored by a pretrained
spectrum-prediction model fetched from a public model hub. Identification reports
are written to a results share and linked in the LIMS. The facility manager sets
prices, projects and who may see which results. Controls today: TLS on the portal,
sign-in, role-based project access in the LIMS, pinned model and database versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Proteomics core peptide identification",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Mass spectrometry service: peptide identification from spectra for internal "
    "and external customers, delivered through a LIMS portal.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Sample submission",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sample names, organism, preparation, requested analysis, project code.",
)
accounts = tg.Data(
    "Customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail, institution, billing address of researchers and customers.",
)
pricing = tg.Data(
    "Pricing and access settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
run_queue = tg.Data("Instrument run list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acquisition_method = tg.Data(
    "Acquisition method", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
spectra = tg.Data(
    "Raw spectra files",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor raw files, several GB per run; industry samples are unpublished work.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
protein_db = tg.Data(
    "Protein sequence database",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="UniProt FASTA releases and contaminant lists.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Spectrum prediction model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint published by an academic group.",
)
psm_candidates = tg.Data(
    "Peptide-spectrum match candidates", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
psm_scores = tg.Data(
    "Rescored peptide-spectrum matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
report = tg.Data(
    "Peptide identification report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
job_status = tg.Data("Search job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Academic groups elsewhere and companies paying for analyses.
    external_customer = tm.add(tg.Actor("External customer", role="external researcher"))
    # UniProt and similar public repositories the search databases come from.
    uniprot = tm.add(
        tg.DataSource(
            "Public protein repositories",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={protein_db},
        )
    )
    # Where the pretrained rescoring model is published.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Researchers of the university's own institutes.
    researcher = tm.add(tg.Actor("University researcher", role="researcher"))
    # Runs the facility: prices, projects, who sees what.
    manager = tm.add(tg.Actor("Facility manager", role="facility manager", privileged=True))
    # Web front end of the LIMS, published to the internet for external customers.
    portal = tm.add(
        tg.Endpoint(
            "LIMS portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="university SSO for staff; e-mail and password for external customers"
                ),
                c.RBAC(note="results visible to the members of a project"),
            },
        )
    )
    # The LIMS system of record: accounts, submissions, pricing, result links.
    lims_db = tm.add(
        tg.DataStore(
            "LIMS database",
            stores={accounts, submission, pricing, job_status},
            controls={c.DataVersioning(note="nightly backup by university IT")},
        )
    )

    with tm.boundary("Facility instrument network", trust=tg.Trust.INTERNAL):
        # Prepares samples and runs the instruments.
        technician = tm.add(tg.Actor("Lab technician", role="technician"))
        # Vendor-supplied Windows PC that controls the spectrometer and writes raw files.
        workstation = tm.add(
            tg.Device(
                "Instrument control workstation",
                fleet=False,
                description="Windows PC with the instrument vendor's acquisition software.",
            )
        )
        # The mass spectrometer itself.
        spectrometer = tm.add(tg.Device("Orbitrap mass spectrometer", fleet=False))
        # Network share the raw files are copied to after each run.
        raw_share = tm.add(tg.DataStore("Raw data file share", stores={spectra}))
        # Identification reports for download.
        results_share = tm.add(tg.DataStore("Results file share", stores={report}))

    with tm.boundary("University HPC cluster", trust=tg.Trust.INTERNAL):
        # Database search and rescoring, run as batch jobs.
        search = tm.add(
            tg.Service(
                "Peptide search workflow",
                description="Open-source search engine plus rescoring, submitted as cluster jobs.",
                controls={c.ProvenanceTracking(note="database release recorded in each report")},
            )
        )
        # Rescores peptide-spectrum matches with predicted spectra.
        rescoring_model = tm.add(
            tg.Model(
                "Spectrum prediction rescoring model",
                task=tg.Task.RANKER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                controls={c.ModelVersioning(note="checkpoint pinned per workflow release")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(external_customer, portal, submission, protocol="https")
tm.flow(portal, external_customer, report, job_status, protocol="https")
tm.flow(researcher, portal, submission, protocol="https")
tm.flow(portal, researcher, report, job_status, protocol="https")
tm.flow(manager, portal, pricing, protocol="https", label="prices, projects, access")

tm.flow(portal, lims_db, submission, accounts, pricing)
tm.flow(lims_db, portal, submission, accounts, job_status)
tm.flow(results_share, portal, report, label="result download")

tm.flow(technician, lims_db, run_queue, label="schedules runs")
tm.flow(technician, workstation, acquisition_method, label="at the instrument")
tm.flow(workstation, spectrometer, acquisition_method, protocol="usb")
tm.flow(spectrometer, workstation, spectra, protocol="usb")
tm.flow(workstation, raw_share, spectra, protocol="smb")

tm.flow(uniprot, search, protein_db, protocol="https", label="release download")
tm.flow(model_hub, rescoring_model, weights, protocol="https")
tm.flow(raw_share, search, spectra, protocol="nfs")
tm.flow(search, rescoring_model, psm_candidates)
tm.flow(rescoring_model, search, psm_scores)
tm.flow(search, results_share, report, protocol="nfs")
tm.flow(search, lims_db, job_status)
