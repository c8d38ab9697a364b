import statistics

from django.core.management.base import BaseCommand

from hubplatform.progress import Progress
from tenants.models import Hub
from tenants.provisioning import provision_hub, remove_hub

BENCH_PREFIX = "bench-"


class Command(BaseCommand):
    help = "Benchmark: seconds to provision hubs by cloning the template versus by running migrations."

    def add_arguments(self, parser):
        parser.add_argument("--hubs", type=int, default=20)
        parser.add_argument("--region", default="twente")

    def handle(self, *args, hubs, region, **options):
        self.remove_leftovers()
        results = {}
        progress = Progress(self.stdout)
        try:
            for mode, clone in (("klonen", True), ("migraties", False)):
                timings = []
                for number in progress.items(range(1, hubs + 1), label=f"{mode:<9}"):
                    slug = f"{BENCH_PREFIX}{mode[:5]}-{number:02d}"
                    result = provision_hub(slug, f"Bench {slug}", f"{slug}.bench.localhost", region, clone=clone)
                    timings.append(result.seconds)
                results[mode] = timings
        finally:
            self.remove_leftovers()

        self.stdout.write("")
        self.stdout.write(f"Hubs aanmaken ({hubs} per methode, zelfde run):")
        for mode, timings in results.items():
            self.stdout.write(
                f"  {mode:<9} totaal {sum(timings):7.2f} s   per hub gemiddeld {statistics.mean(timings):5.2f} s"
                f"   mediaan {statistics.median(timings):5.2f} s   eerste {timings[0]:5.2f} s"
                f"   laatste {timings[-1]:5.2f} s   max {max(timings):5.2f} s"
            )
        clone_mean = statistics.mean(results["klonen"])
        speedup = statistics.mean(results["migraties"]) / clone_mean
        verdict = "gehaald" if clone_mean < 1.0 else "NIET gehaald"
        self.stdout.write(f"  klonen is {speedup:.1f}x sneller; doel < 1 s per hub door klonen: {verdict}")

    def remove_leftovers(self):
        for hub in Hub.objects.filter(slug__startswith=BENCH_PREFIX):
            remove_hub(hub.slug)
