"""Ploughing match society: online entries and furrow scoring, first design.

Competitors enter the society's annual match on its website, giving contact
details, class and tractor or horse team, and pay the entry fee on a payment
provider's hosted checkout, which confirms payment back to the site by a signed
webhook. On match day a volunteer flies a drone over the finished plots and
uploads the photos through the judging app. A scoring service runs an in-house
vision model, fine-tuned from an open-weights backbone, that suggests furrow
scores (straightness, evenness, finish) per plot. Judges see the photos and the
suggestions on their phones, by plot number only, and enter the final scores
themselves. The secretary releases the results, which the website publishes.
A volunteer retrains the model on a home PC after each season from past photos
and judges' scores. All hosting is on one cloud account; sign-in is by e-mail
and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ploughing match entries and furrow scoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Entry site for a ploughing match and a drone-photo vision model that "
        "suggests furrow scores to the judges; results published on the website."
    ),
)

# ---------------------------------------------------------------- data assets
entry = tg.Data(
    "Match entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail, class, tractor or horse team, emergency contact.",
)
confirmation = tg.Data(
    "Entry confirmation and plot draw",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
checkout = tg.Data("Checkout request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_payment = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted page.",
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
plot_draw = tg.Data(
    "Plot draw",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Plot number, class and competitor number; no names.",
)
photos = tg.Data(
    "Drone plot photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Overhead photos of each finished plot; people on the field may be in shot.",
)
suggested = tg.Data(
    "Suggested furrow scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
final_scores = tg.Data(
    "Judges' final scores",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
results = tg.Data(
    "Published results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Placings, scores and competitor names per class.",
)
release = tg.Data("Results release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Past plot photos with judges' scores",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
backbone = tg.Data("Pretrained backbone weights", format="safetensors")
weights = tg.Data(
    "Furrow model checkpoint",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ploughmen and ploughwomen entering the match.
    competitor = tm.add(tg.Actor("Competitor", role="competitor"))
    # Anyone reading the results.
    public = tm.add(tg.Actor("Website visitor", role="public"))
    # The society's secretary, working from home.
    secretary = tm.add(tg.Actor("Match secretary", role="society officer", privileged=True))
    # Where the pretrained vision backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Match field", trust=tg.Trust.UNTRUSTED, description="Mobile data only."):
    # Judges walk the plots and score them.
    judge = tm.add(tg.Actor("Judge", role="judge"))
    # Volunteer who flies the drone over the finished plots.
    pilot = tm.add(tg.Actor("Drone operator", role="volunteer"))
    # Takes the overhead photos of each plot.
    drone = tm.add(tg.Device("Survey drone", fleet=False))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for entry fees.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Society cloud hosting", trust=tg.Trust.INTERNAL):
    # Entry form, admin pages and public results pages.
    website = tm.add(
        tg.Endpoint(
            "Society website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="entry form fields validated"),
                c.Authentication(method="e-mail and password", note="admin pages only"),
                c.HumanInTheLoop(
                    approver="the match secretary",
                    note="results go live only when the secretary releases them",
                ),
            },
        )
    )
    # Entries, plot draw and scores for the match.
    match_db = tm.add(
        tg.DataStore(
            "Match database",
            stores={entry, plot_draw, suggested, final_scores},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Phone web app for judges, also used to upload drone photos.
    judging_app = tm.add(
        tg.Endpoint(
            "Judging app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="the judges",
                    note="judges enter every final score; model scores are suggestions",
                ),
            },
        )
    )
    # Object storage bucket for the drone photos.
    photo_store = tm.add(tg.DataStore("Plot photo bucket", stores={photos}))
    # Runs the vision model over each class's photos once it has finished.
    scoring = tm.add(tg.Service("Furrow scoring service"))
    # Suggests furrow scores from a plot photo.
    furrow_model = tm.add(
        tg.Model(
            "Furrow scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={c.ModelValidation(note="checked against last season's judges' scores")},
        )
    )

with tm.boundary("Volunteer training PC", trust=tg.Trust.INTERNAL):
    # Past seasons' photos and judges' scores.
    train_data = tm.add(tg.Dataset("Furrow training set", stores={training_set}))
    # Fine-tunes the backbone on the training set.
    trainer = tm.add(
        tg.Pipeline("Model fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )

# ---------------------------------------------------------------- flows
# Entries and payment
tm.flow(competitor, website, entry, protocol="https")
tm.flow(website, competitor, confirmation, protocol="https")
tm.flow(website, payments, checkout, protocol="https")
tm.flow(competitor, payments, card_payment, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    website,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified by the plugin")},
)
tm.flow(website, match_db, entry, payment_confirmation)
tm.flow(match_db, website, entry, plot_draw)
tm.flow(website, secretary, entry, plot_draw, protocol="https", label="entry list and draw")
tm.flow(secretary, website, release, protocol="https")

# Match day: photos, suggestions and judging
tm.flow(pilot, drone, label="flies the survey route")
tm.flow(drone, pilot, photos, label="SD card copied to the operator's laptop")
tm.flow(pilot, judging_app, photos, protocol="https", label="photo upload")
tm.flow(judging_app, photo_store, photos)
tm.flow(photo_store, scoring, photos, label="after each class finishes")
tm.flow(scoring, furrow_model, photos)
tm.flow(furrow_model, scoring, suggested)
tm.flow(scoring, match_db, suggested)
tm.flow(match_db, judging_app, plot_draw, suggested)
tm.flow(photo_store, judging_app, photos)
tm.flow(judging_app, judge, plot_draw, photos, suggested, protocol="https")
tm.flow(judge, judging_app, final_scores, protocol="https")
tm.flow(judging_app, match_db, final_scores)

# Publication
tm.flow(match_db, website, final_scores, entry, label="on release")
tm.flow(website, public, results, protocol="https")

# Retraining after the season
tm.flow(photo_store, train_data, photos, protocol="https", label="end-of-season export")
tm.flow(match_db, train_data, final_scores, protocol="https", label="end-of-season export")
tm.flow(hub, trainer, backbone, protocol="https")
tm.flow(train_data, trainer, training_set)
tm.flow(trainer, furrow_model, weights, protocol="ssh", label="manual upload of the new checkpoint")
