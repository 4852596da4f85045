"""Plant breeding genomic selection: the first design, before any security review.

The seed company trains genomic prediction models that estimate breeding values
for candidate lines from their SNP genotypes, using multi-year yield results
from field trials. Genotypes come from the in-house genotyping lab's LIMS; trial
results come from our own research stations and from contracted partner farms,
which upload plot yields through a partner portal. An ingestion pipeline checks
uploads against the trial template and loads them, with public weather data, into
the breeding data warehouse. A training job on the research cluster fits the
models (packages from CRAN and PyPI) and publishes them to the internal registry.
A scoring job ranks each season's candidates; breeders review the ranking in a
dashboard and decide which lines advance. Partner and staff logins are
authenticated, the warehouse is role-based, and registry models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plant breeding genomic selection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Genomic prediction of breeding values from genotypes and field-trial yields, "
        "ranking lines for breeders' advancement decisions."
    ),
)

# ---------------------------------------------------------------- data assets
genotypes = tg.Data(
    "Line genotypes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="SNP marker calls per breeding line; proprietary germplasm.",
)
station_trials = tg.Data(
    "Research station trial results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
partner_trials = tg.Data(
    "Partner farm trial results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Plot yields, moisture and notes per coded entry, uploaded as spreadsheets.",
)
weather = tg.Data("Weather covariates", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
training_matrix = tg.Data(
    "Genotype-phenotype training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
packages = tg.Data("R and Python packages", sensitivity=tg.Sensitivity.PUBLIC, kind="code")
model_artifact = tg.Data(
    "Genomic prediction model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Fitted marker-effect model saved with joblib.",
)
candidate_genotypes = tg.Data(
    "Candidate line genotypes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
breeding_values = tg.Data(
    "Predicted breeding values and ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
advancement = tg.Data(
    "Advancement decisions", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public weather service used for environment covariates per trial site.
    weather_api = tm.add(
        tg.ExternalService("Weather data service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # CRAN and PyPI, where the training code's packages come from.
    pkg_registry = tm.add(
        tg.ExternalService(
            "Public package registries", provides=tg.ExternalCategory.PACKAGE_REGISTRY
        )
    )

with tm.boundary("Partner farms", trust=tg.Trust.PARTNER):
    # Contracted growers who run some of the yield trials.
    partner = tm.add(tg.Actor("Partner farm trial manager", role="partner grower"))

with tm.boundary("Company DMZ", trust=tg.Trust.INTERNAL):
    # Where partners upload trial result files.
    portal = tm.add(
        tg.Endpoint(
            "Partner trial upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )

with tm.boundary("Breeding R&D network", trust=tg.Trust.INTERNAL):
    # The genotyping lab's LIMS exports SNP calls for every line genotyped.
    lims = tm.add(
        tg.DataSource("Genotyping lab LIMS", origin=tg.Origin.INTERNAL, provides={genotypes})
    )
    # Our own research stations record trial results directly.
    stations = tm.add(
        tg.DataSource(
            "Research station trials", origin=tg.Origin.INTERNAL, provides={station_trials}
        )
    )
    # Checks uploads against the trial template and loads the warehouse.
    ingestion = tm.add(
        tg.Pipeline(
            "Trial data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # All genotypes, phenotypes and covariates across seasons.
    warehouse = tm.add(
        tg.DataStore(
            "Breeding data warehouse",
            stores={genotypes, station_trials, partner_trials, weather},
            controls={c.RBAC()},
        )
    )
    # Breeders decide which lines advance to the next trial stage.
    breeder = tm.add(tg.Actor("Breeder", role="plant breeder"))
    # Quantitative geneticist who maintains the models and training code.
    scientist = tm.add(tg.Actor("Quantitative geneticist", role="data scientist", privileged=True))
    # Season's ranking shown to breeders next to pedigree and trial data.
    dashboard = tm.add(
        tg.Endpoint(
            "Selection dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="company SSO")},
        )
    )

    with tm.boundary("Research compute cluster", trust=tg.Trust.INTERNAL):
        # Joined genotype x phenotype matrix per crop and target environment.
        dataset = tm.add(tg.Dataset("Training set snapshot", stores={training_matrix}))
        # Fits GBLUP and gradient-boosted marker models each season.
        training = tm.add(
            tg.Pipeline(
                "Genomic model training", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Internal registry the scoring job loads models from.
        registry = tm.add(
            tg.ModelRegistry(
                "Internal model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )
        # Predicts breeding values for this season's candidates and ranks them.
        scorer = tm.add(
            tg.Model(
                "Line ranking model",
                task=tg.Task.RANKER,
                returns_scores=True,
                description="Runs as a batch scoring job over candidate genotypes.",
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(partner, portal, partner_trials, protocol="https")
tm.flow(portal, ingestion, partner_trials)
tm.flow(stations, ingestion, station_trials)
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(lims, warehouse, genotypes, label="nightly export")
tm.flow(ingestion, warehouse, partner_trials, station_trials, weather)

tm.flow(warehouse, dataset, training_matrix, label="season snapshot")
tm.flow(dataset, training, training_matrix)
tm.flow(pkg_registry, training, packages, protocol="https")
tm.flow(scientist, training, packages, label="training code and configuration")
tm.flow(training, registry, model_artifact, label="publish")
tm.flow(registry, scorer, model_artifact)

tm.flow(warehouse, scorer, candidate_genotypes)
tm.flow(scorer, warehouse, breeding_values)
tm.flow(warehouse, dashboard, breeding_values, station_trials, partner_trials)
tm.flow(dashboard, breeder, breeding_values, protocol="https")
tm.flow(breeder, dashboard, advancement, protocol="https")
tm.flow(dashboard, warehouse, advancement)
