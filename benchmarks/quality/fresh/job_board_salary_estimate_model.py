"""Salary estimates on job ads: the first design, before any security review.

Our job board serves job seekers in the UK and the EU. Many employers post ads with
no pay information; for those we want to show an estimated salary range on the ad.
When an ad is saved, an estimation service in the production cloud reads it, calls a
salary regression model trained in-house (gradient-boosted trees on title, location,
seniority and skills) and writes a rounded range back onto the ad, which the site
then shows to everyone who views it. The model is retrained monthly on the ML
platform from ads that do state pay, salaries that signed-in job seekers share in a
'share your salary' survey, employers' corrections to estimates, and a salary
benchmark file bought from a pay-data vendor. A data scientist promotes each new
model from the registry. The site sits behind a CDN with rate limiting, accounts sign
in with e-mail and password, survey answers are stored encrypted and access-controlled,
and implausible salaries are filtered out before training.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Job board salary estimates",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Estimated salary ranges shown on job ads that give no pay.",
)

# ---------------------------------------------------------------- data assets
job_ad = tg.Data(
    "Job ad",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Title, employer, location, description and, on some ads, the pay range.",
)
ad_with_estimate = tg.Data(
    "Job ad with salary estimate",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
)
search_query = tg.Data("Job search query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
ad_features = tg.Data(
    "Ad features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Normalised title, location, seniority, contract type and skills parsed from the ad.",
)
estimate = tg.Data(
    "Salary estimate",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="model-output",
    description="Low and high ends of the range, rounded to the nearest thousand.",
)
salary_submission = tg.Data(
    "Shared salary submissions",
    sensitivity=tg.Sensitivity.PII,
    kind="feedback",
    description="Job title, employer, location, pay and benefits, tied to the job seeker's account.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
correction = tg.Data(
    "Employer estimate corrections",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="feedback",
    description="An employer's 'this estimate is wrong' report with the pay they say is right.",
)
benchmarks = tg.Data(
    "Salary benchmark file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Vendor's pay percentiles by occupation code and region, licensed for internal use.",
)
training_rows = tg.Data(
    "Salary training set",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Ad features with known pay, joined from ads, submissions, corrections and benchmarks.",
)
weights = tg.Data("Salary model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Model promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Browses and searches ads anonymously; signs in to share a salary.
    seeker = tm.add(tg.Actor("Job seeker", role="job seeker"))
    # Any company can open an employer account and post ads.
    employer = tm.add(tg.Actor("Employer recruiter", role="employer"))

with tm.boundary("Pay data vendor", trust=tg.Trust.PARTNER):
    # Bought-in benchmarks that cover occupations with few ads stating pay.
    vendor = tm.add(
        tg.DataSource(
            "Salary benchmark vendor",
            origin=tg.Origin.VENDOR,
            provides={benchmarks},
            description="Quarterly file dropped on the vendor's SFTP server.",
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The public site and its API: ad posting, search, ad pages and the salary survey.
    site = tm.add(
        tg.Endpoint(
            "Job board web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=300, note="CDN rule per IP"),
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form schemas on ads and the salary survey"),
            },
        )
    )
    # The existing listings database, now also holding the estimate per ad.
    ads_db = tm.add(tg.DataStore("Job ads database", stores={job_ad, ad_with_estimate}))
    # New: estimates pay for ads that give none, on every save.
    estimator = tm.add(
        tg.Service(
            "Salary estimation service",
            description="Parses an ad into features, calls the model, writes the rounded range back.",
        )
    )
    # New: the salary model, loaded from the registry.
    salary_model = tm.add(
        tg.Model(
            "Salary estimate model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression of the pay quantiles, served in-process.",
        )
    )
    # New: what job seekers and employers tell us about real pay.
    submissions = tm.add(
        tg.DataStore(
            "Salary submissions store",
            stores={salary_submission, correction},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Joins and cleans the sources into one training table each month.
    prep = tm.add(
        tg.Pipeline(
            "Salary data preparation",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataSanitization(note="drops pay outside the occupation's plausible band")},
        )
    )
    # The monthly training table.
    train_set = tm.add(tg.Dataset("Salary training dataset", stores={training_rows}))
    # Monthly retraining job.
    trainer = tm.add(tg.Pipeline("Salary model training", stage=tg.Stage.TRAINING))
    # Holds each trained model until a data scientist promotes it.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and decides when a new version serves.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(employer, site, job_ad, protocol="https", controls={tls}, label="posts ad")
tm.flow(site, ads_db, job_ad)
tm.flow(ads_db, estimator, job_ad, label="ads saved without pay")
tm.flow(estimator, salary_model, ad_features)
tm.flow(salary_model, estimator, estimate)
tm.flow(estimator, ads_db, estimate)

tm.flow(seeker, site, search_query, protocol="https", controls={tls})
tm.flow(site, ads_db, search_query)
tm.flow(ads_db, site, ad_with_estimate)
tm.flow(site, seeker, ad_with_estimate, protocol="https", controls={tls})
tm.flow(site, employer, ad_with_estimate, protocol="https", controls={tls}, label="own ads")

tm.flow(seeker, site, salary_submission, protocol="https", controls={tls}, label="salary survey")
tm.flow(
    employer, site, correction, protocol="https", controls={tls}, label="reports a wrong estimate"
)
tm.flow(site, submissions, salary_submission, correction)

tm.flow(vendor, prep, benchmarks, protocol="sftp")
tm.flow(ads_db, prep, job_ad, label="ads that state pay")
tm.flow(submissions, prep, salary_submission, correction)
tm.flow(prep, train_set, training_rows)
tm.flow(train_set, trainer, training_rows)
tm.flow(trainer, registry, weights)
tm.flow(scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, salary_model, weights, label="loaded at deploy")
