"""whyfirst.analyze"""
